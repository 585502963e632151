using Assistance.Host.Audit.Chain;
using JasperFx.CommandLine;

namespace Assistance.Host.Audit;

[Description("Seal, once, the events stored before the chain existed, so that later edits of them are found", Name = "seal")]
public sealed class SealCommand : JasperFxAsyncCommand<NetCoreInput>
{
    public SealCommand() => Usage("Seal the unsealed events of an older store or import");

    public override async Task<bool> Execute(NetCoreInput input)
    {
        using var host = input.BuildHost();
        var services = host.Services;
        var today = NodaTime.LocalDate.FromDateTime(services.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
        var progress = new Progress<SealReport>(p => Console.WriteLine($"  已补封存 {p.Streams:N0} 个案件流，{p.Events:N0} 个事件"));
        var report = await services.GetRequiredService<LegacySealing>().RunAsync(today, progress, CancellationToken.None);
        Console.WriteLine($"补封存 {today:yyyy-MM-dd}：{report.Streams:N0} 个案件流，{report.Events:N0} 个事件；此前已补封存 {report.AlreadySealed:N0} 个。");
        foreach (var id in report.NotSealable) Console.WriteLine($"  案件 {id}：版本不连续，不能补封存（缺失的事件无从担保），请先核查。");
        return report.NotSealable.Count == 0;
    }
}
