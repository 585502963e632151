using System.Diagnostics;
using System.Text.Json;
using Assistance.Host.Audit.Chain;
using Marten;
using NodaTime;
using NodaTime.Text;

namespace Assistance.Host.Audit.Anchors;

/// <summary>
/// Makes the anchor of a day once: the heads of the streams appended to since the previous anchor move forward (only those,
/// so the daily cost follows the day's work, not the size of the store; one statement inside PostgreSQL, no per-stream round
/// trip), then all heads are folded with the event count
/// and the highest settled sequence, chained to the previous anchor and, when configured, written to a file.
/// </summary>
public sealed class DailyAnchor(IDocumentStore store, AnchorOptions options, TimeProvider time)
{
    /// <returns>The day's anchor, made now or earlier; null when a later day is anchored already (anchors only move forward).</returns>
    public async Task<AuditAnchor?> EnsureAsync(LocalDate day, CancellationToken ct)
    {
        var id = LocalDatePattern.Iso.Format(day);
        await using var session = store.LightweightSession();
        if (await session.LoadAsync<AuditAnchor>(id, ct) is { } existing) return existing;

        var clock = Stopwatch.StartNew();
        var previous = (await session.Query<AuditAnchor>().ToListAsync(ct)).MaxBy(a => a.Id, StringComparer.Ordinal);
        if (previous is not null && string.CompareOrdinal(previous.Id, id) > 0) return null;
        var table = new EventTable(store);
        var from = previous?.HighestSequence ?? 0;
        var upTo = Math.Max(from, await table.SettledSequenceAsync(ct));

        var changed = await table.MoveAnchoredHeadsAsync(from, upTo, id, ct);

        var (headsDigest, streams) = await HeadsDigest.ComputeAsync(table, ct);
        var anchor = new AuditAnchor
        {
            Id = id, Previous = previous?.Digest ?? "", Streams = streams, Events = await table.CountEventsUpToAsync(upTo, ct),
            HighestSequence = upTo, HeadsDigest = headsDigest, StreamsChanged = changed, CreatedAt = time.GetUtcNow(),
        };
        anchor.Digest = anchor.ComputeDigest();
        anchor.Seconds = clock.Elapsed.TotalSeconds;
        session.Store(anchor);
        await session.SaveChangesAsync(ct);

        if (options.FileOf(id) is { } file)
        {
            Directory.CreateDirectory(options.Directory!);
            await File.WriteAllTextAsync(file, JsonSerializer.Serialize(AnchorFile.Of(anchor), AnchorFile.Json), ct);
        }
        return anchor;
    }
}
