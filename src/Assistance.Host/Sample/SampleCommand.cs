using Assistance.Host.Core;
using Assistance.Samples;
using JasperFx.CommandLine;
using System.Globalization;
using Marten;
using NodaTime;
using NodaTime.Text;

namespace Assistance.Host.Sample;

[Description("Load the sample city of the article (长治市 2024–2025) into the ledger", Name = "sample")]
public sealed class SampleCommand : JasperFxAsyncCommand<SampleInput>
{
    public SampleCommand() => Usage("Load the sample city").Arguments(x => x.Action);

    public override async Task<bool> Execute(SampleInput input)
    {
        if (!input.Action.Equals("load", StringComparison.OrdinalIgnoreCase))
        {
            Console.Error.WriteLine($"未知操作「{input.Action}」：可用 load");
            return false;
        }
        SampleCityOptions? options = input.SizeFlag.ToLowerInvariant() switch
        {
            "full" => SampleCityOptions.Full,
            "small" => SampleCityOptions.Small,
            "province" => SampleCityOptions.Province(),
            _ => null,
        };
        var through = input.ThroughFlag is { } text ? YearMonthPattern.Create("yyyy-MM", CultureInfo.InvariantCulture).Parse(text) : null;
        if (options is null || !Enum.TryParse<SampleLoadMode>(input.ModeFlag, ignoreCase: true, out var mode) || through is { Success: false })
        {
            Console.Error.WriteLine("--size 可选 full、small、province；--mode 可选 bulk、bulkthenrebuild、sessions；--through 形如 2026-10");
            return false;
        }
        var today = SystemClock.Instance.Today();
        options = options with
        {
            Seed = input.SeedFlag,
            Scale = input.ScaleFlag ?? options.Scale,
            Through = through?.Value ?? (options.Baseline == BaselineHistory.Imported ? SampleCityOptions.MonthBefore(today) : null),
        };
        using var host = input.BuildHost();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        var city = SampleCity.Generate(options);
        Console.WriteLine($"样例城市：种子 {options.Seed}，规模 {options.Scale}，{city.Plan.Households:N0} 户，2024年末低保 {city.Plan.BaselinePersons:N0} 人，" +
                          $"至2025年11月计划净增 {city.Plan.NetGrowth:N0} 人" + (options.Continues ? $"，延续至 {options.Through:yyyy-MM}，含摸排走访" : ""));
        var last = DateTime.MinValue;
        var progress = new Progress<LoadProgress>(p =>
        {
            if (DateTime.UtcNow - last < TimeSpan.FromSeconds(1)) return;
            last = DateTime.UtcNow;
            Console.WriteLine($"  写入中：{p}");
        });
        var report = await new SampleLoader(store).LoadAsync(city, mode, progress, CancellationToken.None, writers: input.WritersFlag);
        if (report.AlreadyLoaded)
        {
            Console.WriteLine("该样例城市已在台账中，未重复加载。");
            return true;
        }
        Console.WriteLine($"完成：{report.Cases:N0} 户，{report.Events:N0} 个事件；写入 {report.AppendTime.TotalSeconds:N1} 秒（{report.EventsPerSecond:N0} 事件/秒），" +
                          $"案件快照 {report.SnapshotTime.TotalSeconds:N1} 秒。" +
                          (report.Screening is { } screening ? $"摸排名册 {screening.Listings.Count():N0} 人，走访 {screening.Visits.Count:N0} 次。" : ""));
        return true;
    }
}
