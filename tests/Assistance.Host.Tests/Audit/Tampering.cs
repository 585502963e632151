using Marten;

namespace Assistance.Host.Tests.Audit;

/// <summary>What someone with write access to the database could do behind the ledger's back.</summary>
public static class Tampering
{
    public static async Task SqlAsync(this IDocumentStore store, string sql, params object[] parameters)
    {
        await using var session = store.LightweightSession();
        session.QueueSqlCommand(sql, parameters);
        await session.SaveChangesAsync();
    }

    /// <summary>One byte of the stored data changed (a digit of the income figure).</summary>
    public static Task EditOneByteAsync(this IDocumentStore store, Guid stream, long version) => store.SqlAsync(
        "update assistance.mt_events set data = jsonb_set(data, '{monthlyIncome}', to_jsonb((data ->> 'monthlyIncome')::numeric + 1)) where stream_id = ? and version = ?",
        stream, version);

    public static Task DeleteEventAsync(this IDocumentStore store, Guid stream, long version) =>
        store.SqlAsync("delete from assistance.mt_events where stream_id = ? and version = ?", stream, version);

    /// <summary>The last event deleted and the stream's recorded version put back, so that nothing in the stream itself shows it.</summary>
    public static async Task DeleteLastEventCoveringTracksAsync(this IDocumentStore store, Guid stream)
    {
        await store.SqlAsync("delete from assistance.mt_events where stream_id = ? and version = (select max(version) from assistance.mt_events where stream_id = ?)", stream, stream);
        await store.SqlAsync("update assistance.mt_streams set version = (select max(version) from assistance.mt_events where stream_id = ?) where id = ?", stream, stream);
    }

    public static async Task DeleteStreamAsync(this IDocumentStore store, Guid stream)
    {
        await store.SqlAsync("delete from assistance.mt_events where stream_id = ?", stream);
        await store.SqlAsync("delete from assistance.mt_streams where id = ?", stream);
    }

    /// <summary>A copy of an existing event (seal and all) appended as the next version, with the stream's version moved along.</summary>
    public static async Task ForgeNextEventAsync(this IDocumentStore store, Guid stream, long copyOf)
    {
        await store.SqlAsync("""
            insert into assistance.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type, is_archived, user_name, headers)
            select nextval('assistance.mt_events_sequence'), gen_random_uuid(), stream_id,
                   (select max(version) + 1 from assistance.mt_events where stream_id = ?), data, type, timestamp, tenant_id, mt_dotnet_type, is_archived, '科长赵', headers
            from assistance.mt_events where stream_id = ? and version = ?
            """, stream, stream, copyOf);
        await store.SqlAsync("update assistance.mt_streams set version = version + 1 where id = ?", stream);
    }
}
