using Assistance.Host.Audit.Chain;
using JasperFx.CommandLine;

namespace Assistance.Host.Audit;

[Description("Verify every stream of the ledger against its seals and the latest daily anchor", Name = "verify")]
public sealed class VerifyCommand : JasperFxAsyncCommand<VerifyInput>
{
    public VerifyCommand() => Usage("Verify the whole store");

    public override async Task<bool> Execute(VerifyInput input)
    {
        using var host = input.BuildHost();
        var services = host.Services;
        if (input.AnchorFlag)
        {
            var today = NodaTime.LocalDate.FromDateTime(services.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
            if (await services.GetRequiredService<Anchors.DailyAnchor>().EnsureAsync(today, CancellationToken.None) is { } anchor)
                Console.WriteLine($"锚定 {anchor.Id}：{anchor.Streams:N0} 个案件流，{anchor.Events:N0} 个事件，本次变动 {anchor.StreamsChanged:N0} 个，用时 {anchor.Seconds:N1} 秒，摘要 {anchor.Digest}");
        }
        var last = DateTime.MinValue;
        var progress = new Progress<VerifyProgress>(p =>
        {
            if (DateTime.UtcNow - last < TimeSpan.FromSeconds(1)) return;
            last = DateTime.UtcNow;
            Console.WriteLine($"  已核验 {p.Streams:N0} 个案件流，{p.Events:N0} 个事件，发现问题 {p.Broken:N0} 处");
        });
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var verdict = await services.GetRequiredService<StoreVerification>().RunAsync(progress, CancellationToken.None);

        Console.WriteLine($"共 {verdict.Streams:N0} 个案件流，{verdict.Events:N0} 个事件，核验用时 {clock.Elapsed.TotalSeconds:N1} 秒。");
        Console.WriteLine(verdict.Anchor.LatestDay is null
            ? "尚无每日锚定：只核验了各案件的事件链。"
            : $"最近锚定 {verdict.Anchor.LatestDay}（共 {verdict.Anchor.Anchors} 次），摘要 {verdict.Anchor.LatestDigest}");
        foreach (var problem in verdict.Anchor.Problems) Console.WriteLine($"  锚定问题：{problem}");
        foreach (var b in verdict.Broken) Console.WriteLine($"  案件 {b.Id}：第 {b.FirstBrokenVersion} 版起不符（{b.Reason}）{b.Detail}");
        Console.WriteLine(verdict.Valid ? "核验通过：库中事件与写入时完全一致。" : "核验未通过。");
        return verdict.Valid;
    }
}
