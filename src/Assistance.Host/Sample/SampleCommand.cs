using Assistance.Samples;
using JasperFx.CommandLine;
using Marten;

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
        if (options is null || !Enum.TryParse<SampleLoadMode>(input.ModeFlag, ignoreCase: true, out var mode))
        {
            Console.Error.WriteLine("--size 可选 full、small、province；--mode 可选 bulk、sessions");
            return false;
        }
        options = options with { Seed = input.SeedFlag, Scale = input.ScaleFlag ?? options.Scale };
        using var host = input.BuildHost();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        var city = SampleCity.Generate(options);
        Console.WriteLine($"样例城市：种子 {options.Seed}，规模 {options.Scale}，{city.Plan.Households:N0} 户，2024年末低保 {city.Plan.BaselinePersons:N0} 人，计划净增 {city.Plan.NetGrowth:N0} 人");
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
                          $"案件快照 {report.SnapshotTime.TotalSeconds:N1} 秒。");
        return true;
    }
}
