using Assistance.Host.Storage;
using Marten;

namespace Assistance.Host.Audit.Chain;

public static class ChainHeads
{
    /// <summary>The head of each of the streams, in one query.</summary>
    public static async Task<Dictionary<Guid, ChainHead>> ReadAsync(IQuerySession session, Guid[] streams, CancellationToken ct)
    {
        var heads = await session.QueryAsync<ChainHead>($"""
            select jsonb_build_object('streamId', stream_id, 'version', version, 'hash', headers ->> '{EventSeal.Header}')
            from (select distinct on (stream_id) stream_id, version, headers from {LedgerStore.Schema}.mt_events
                  where stream_id = any(?) order by stream_id, version desc) h
            """, ct, streams);
        return heads.ToDictionary(h => h.StreamId);
    }
}
