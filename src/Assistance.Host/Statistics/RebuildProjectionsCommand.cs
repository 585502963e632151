using JasperFx.CommandLine;
using Marten;

namespace Assistance.Host.Statistics;

/// <summary><c>dotnet run --project src/Assistance.Host -- rebuild-projections</c>: rebuilds projections from the events with a progress display.</summary>
[Description("从事件重建全部投影（统计等），显示进度 / Rebuild every projection from the events, with progress", Name = "rebuild-projections")]
public sealed class RebuildProjectionsCommand : JasperFxAsyncCommand<RebuildProjectionsInput>
{
    public override async Task<bool> Execute(RebuildProjectionsInput input)
    {
        using var host = input.BuildHost();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        var rebuilder = new ProjectionRebuilder(store);
        var names = input.ProjectionFlag is { } one ? [one] : rebuilder.ProjectionNames;
        using var daemon = await store.BuildProjectionDaemonAsync();
        var last = (Name: "", Percent: (int?)-1, Done: false);
        await rebuilder.RebuildAsync(daemon, names, p =>
        {
            if ((p.Projection, p.Percent, p.Done) == last) return;
            last = (p.Projection, p.Percent, p.Done);
            Console.WriteLine(p.Percent is { } percent
                ? $"重建 {p.Projection}: {percent,3}%  ({p.Sequence:N0} / {p.HighWaterMark:N0} 事件)"
                : $"重建 {p.Projection}: {(p.Done ? "完成" : "进行中")}（内联投影，无进度记录；共 {p.HighWaterMark:N0} 事件）");
        }, CancellationToken.None);
        Console.WriteLine($"已重建 {names.Count} 个投影：{string.Join("、", names)}");
        return true;
    }
}
