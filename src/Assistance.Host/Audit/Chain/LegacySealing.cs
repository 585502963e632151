using Marten;
using NodaTime;
using NodaTime.Text;

namespace Assistance.Host.Audit.Chain;

/// <summary>
/// Seals, once, the events stored before the chain existed: every event without a seal whose global sequence is below the first
/// sealed event of the store (all of them in a store that has none). Those are the only unsealed events an older store or a
/// header-less import can hold; one written behind the ledger's back afterwards has a later sequence and stays unsealed, so a
/// second run seals nothing new and cannot make a forged event look honest. A stream already sealed is left as it is; a stream
/// whose versions do not run from 1 without a gap is not sealed (what is missing cannot be vouched for) and is reported.
/// </summary>
public sealed class LegacySealing(IDocumentStore store)
{
    public async Task<SealReport> RunAsync(LocalDate day, IProgress<SealReport>? progress, CancellationToken ct)
    {
        var table = new EventTable(store);
        var chainStart = await table.ChainStartAsync(ct);
        var already = new HashSet<Guid>();
        await foreach (var sealedStream in table.AllSealedStreamsAsync(ct)) already.Add(sealedStream.Id);

        var sealedOn = LocalDatePattern.Iso.Format(day);
        await using var session = store.LightweightSession();
        long streams = 0, events = 0, skipped = 0, pending = 0;
        var notSealable = new List<Guid>();
        SealedStream? current = null;
        var previous = "";
        var gap = false;

        void Close()
        {
            if (current is null) return;
            if (gap) notSealable.Add(current.Id);
            else
            {
                session.Store(current);
                streams++;
                events += current.Version;
                pending++;
            }
            current = null;
        }

        Guid? stream = null;
        await foreach (var e in table.UnsealedEventsBeforeAsync(chainStart, ct))
        {
            if (e.StreamId != stream)
            {
                Close();
                if (pending >= 5_000)
                {
                    await session.SaveChangesAsync(ct);
                    pending = 0;
                    progress?.Report(new SealReport(streams, events, skipped, notSealable));
                }
                stream = e.StreamId;
                if (already.Contains(e.StreamId))
                {
                    skipped++;
                    continue;
                }
                current = new SealedStream { Id = e.StreamId, SealedOn = sealedOn };
                previous = "";
                gap = false;
            }
            if (current is null) continue;
            if (e.Version != current.Version + 1) gap = true;
            previous = e.Recompute(previous);
            current.Hashes.Add(previous);
            current.Version = e.Version;
        }
        Close();
        await session.SaveChangesAsync(ct);
        var report = new SealReport(streams, events, skipped, notSealable);
        progress?.Report(report);
        return report;
    }
}
