using Assistance.Host.Audit.Anchors;
using Marten;

namespace Assistance.Host.Audit.Chain;

/// <summary>
/// Checks every stream in one pass: the events (in stream order), the streams' recorded versions and the anchored heads are
/// three reads in the same uuid order, merged here, so memory does not grow with the store and a case deleted whole,
/// which leaves only its anchored head, is found like any other.
/// </summary>
public sealed class StoreVerification(IDocumentStore store, AnchorOptions options)
{
    public async Task<StoreVerdict> RunAsync(IProgress<VerifyProgress>? progress, CancellationToken ct)
    {
        var (anchorVerdict, latest) = await AnchorCheck.RunAsync(store, options, ct);
        var anchoredSequence = latest?.HighestSequence ?? 0;
        var table = new EventTable(store);
        await using var events = table.AllEventsAsync(ct).GetAsyncEnumerator(ct);
        await using var recorded = table.AllRecordedVersionsAsync(ct).GetAsyncEnumerator(ct);
        await using var heads = table.AllAnchoredHeadsAsync(ct).GetAsyncEnumerator(ct);
        bool hasEvent = await events.MoveNextAsync(), hasRecorded = await recorded.MoveNextAsync(), hasHead = await heads.MoveNextAsync();

        var broken = new List<BrokenStream>();
        long streams = 0, eventCount = 0;
        while (hasEvent || hasRecorded || hasHead)
        {
            var id = Min(Min(hasEvent ? events.Current.StreamId : null, hasRecorded ? recorded.Current.Id : null), hasHead ? heads.Current.Id : null)!.Value;
            long? version = null;
            if (hasRecorded && recorded.Current.Id == id) { version = recorded.Current.Version; hasRecorded = await recorded.MoveNextAsync(); }
            AnchoredStreamHead? head = null;
            if (hasHead && heads.Current.Id == id) { head = heads.Current; hasHead = await heads.MoveNextAsync(); }

            var check = new StreamChainCheck(id, version, head, anchoredSequence);
            while (hasEvent && events.Current.StreamId == id)
            {
                check.Add(events.Current);
                hasEvent = await events.MoveNextAsync();
            }
            var verdict = check.Finish();
            streams++;
            eventCount += verdict.Events;
            if (verdict.Break is { } b) broken.Add(new BrokenStream(id, b.Version, b.Reason, b.Detail));
            if (streams % 10_000 == 0) progress?.Report(new VerifyProgress(streams, eventCount, broken.Count));
        }
        progress?.Report(new VerifyProgress(streams, eventCount, broken.Count));
        return new StoreVerdict(broken.Count == 0 && anchorVerdict.Valid, streams, eventCount, broken, anchorVerdict);
    }

    /// <summary>The smaller id in PostgreSQL's uuid order (bytes as written), which is not <see cref="Guid.CompareTo(Guid)"/>'s.</summary>
    private static Guid? Min(Guid? a, Guid? b)
    {
        if (a is null) return b;
        if (b is null) return a;
        return a.Value.ToByteArray(bigEndian: true).AsSpan().SequenceCompareTo(b.Value.ToByteArray(bigEndian: true)) <= 0 ? a : b;
    }
}
