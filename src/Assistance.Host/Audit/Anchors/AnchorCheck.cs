using System.Text.Json;
using Assistance.Host.Audit.Chain;
using Marten;

namespace Assistance.Host.Audit.Anchors;

/// <summary>
/// Checks the anchors themselves: each digest recomputes from its fields and its predecessor, each agrees with its file when
/// one was written, and the latest still matches the anchored heads, their number and the events up to its sequence.
/// </summary>
public static class AnchorCheck
{
    public static async Task<(AnchorVerdict Verdict, AuditAnchor? Latest)> RunAsync(IDocumentStore store, AnchorOptions options, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var anchors = (await session.Query<AuditAnchor>().ToListAsync(ct)).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var problems = new List<string>();
        var previous = "";
        foreach (var anchor in anchors)
        {
            if (anchor.Previous != previous) problems.Add($"{anchor.Id} 的锚定没有接续前一日的锚定（前一日被改动或删除）。");
            if (anchor.ComputeDigest() != anchor.Digest) problems.Add($"{anchor.Id} 的锚定记录被改动：摘要与内容不符。");
            if (options.FileOf(anchor.Id) is { } file && File.Exists(file)
                && JsonSerializer.Deserialize<AnchorFile>(await File.ReadAllTextAsync(file, ct), AnchorFile.Json)?.Digest != anchor.Digest)
                problems.Add($"{anchor.Id} 的锚定与另存的锚定文件不符。");
            previous = anchor.Digest;
        }
        if (options.Directory is not null && Directory.Exists(options.Directory))
            foreach (var file in Directory.GetFiles(options.Directory, "anchor-*.json"))
            {
                var day = Path.GetFileNameWithoutExtension(file)["anchor-".Length..];
                if (anchors.All(a => a.Id != day)) problems.Add($"锚定文件中有 {day} 的锚定，库中却没有（锚定记录被删除）。");
            }

        var latest = anchors.LastOrDefault();
        if (latest is not null)
        {
            var table = new EventTable(store);
            var (heads, streams) = await HeadsDigest.ComputeAsync(table, ct);
            if (heads != latest.HeadsDigest || streams != latest.Streams)
                problems.Add($"锚定的案件末端（{streams} 个）与 {latest.Id} 的锚定（{latest.Streams} 个）不符。");
            var events = await table.CountEventsUpToAsync(latest.HighestSequence, ct);
            if (events != latest.Events)
                problems.Add($"序号 {latest.HighestSequence} 及以前的事件现有 {events} 个，{latest.Id} 锚定时为 {latest.Events} 个。");
        }
        return (new AnchorVerdict(problems.Count == 0, anchors.Count, latest?.Id, latest?.Digest, latest?.HighestSequence ?? 0, problems), latest);
    }
}
