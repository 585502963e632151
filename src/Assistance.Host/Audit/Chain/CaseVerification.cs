using Assistance.Host.Audit.Anchors;
using Marten;

namespace Assistance.Host.Audit.Chain;

/// <summary>Checks one stream against its seals, its recorded version and its anchored head; null when nothing of it is known.</summary>
public static class CaseVerification
{
    public static async Task<StreamVerdict?> RunAsync(IDocumentStore store, Guid id, CancellationToken ct)
    {
        var table = new EventTable(store);
        var events = await table.StreamAsync(id, ct);
        var recorded = await table.RecordedVersionAsync(id, ct);
        await using var session = store.QuerySession();
        var head = await session.LoadAsync<AnchoredStreamHead>(id, ct);
        var sealedAtRest = await table.SealedStreamAsync(id, ct);
        if (events.Count == 0 && recorded is null && head is null && sealedAtRest is null) return null;
        // Where the chain began matters only to tell an event stored before it from one inserted since.
        var chainStart = events.Any(e => e.Seal is null) ? await table.ChainStartAsync(ct) : 0;

        var anchors = await session.Query<AuditAnchor>().ToListAsync(ct);
        var anchoredSequence = anchors.MaxBy(a => a.Id, StringComparer.Ordinal)?.HighestSequence ?? 0;
        var check = new StreamChainCheck(id, recorded, head, anchoredSequence, sealedAtRest, chainStart);
        foreach (var e in events) check.Add(e);
        return check.Finish();
    }
}
