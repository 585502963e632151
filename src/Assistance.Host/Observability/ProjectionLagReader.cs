using Assistance.Host.Storage;
using JasperFx.Events.Projections;
using Marten;
using Npgsql;

namespace Assistance.Host.Observability;

/// <summary>
/// Reads each async projection's lag from the store itself (its recorded progress against the newest event), so every
/// node answers the same whichever node runs the projection. Only the registered async projections' shards are read: the
/// daemon's own bookkeeping rows (the high-water mark and its allocation fence), the rows each member of a composite keeps
/// beside the composite's, and those of projections since renamed are not projections the daemon runs.
/// </summary>
public sealed class ProjectionLagReader(IDocumentStore store, TimeProvider clock)
{
    private const string Sql = $"""
        select p.name,
               greatest(top.seq - p.last_seq_id, 0),
               (select extract(epoch from e.timestamp)::float8 from {LedgerStore.Schema}.mt_events e
                 where e.seq_id > p.last_seq_id order by e.seq_id limit 1)
        from {LedgerStore.Schema}.mt_event_progression p
        cross join (select coalesce(max(seq_id), 0) as seq from {LedgerStore.Schema}.mt_events) top
        where split_part(p.name, ':', 1) = any(@projections)
        order by p.name
        """;

    public async Task<IReadOnlyList<ProjectionLagReading>> ReadAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds() / 1000.0;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.AddWithValue("projections", ((DocumentStore)store).Options.Projections.All
            .Where(p => p.Lifecycle == ProjectionLifecycle.Async).Select(p => p.Name).ToArray());
        await using var reader = await command.ExecuteReaderAsync(ct);
        var lags = new List<ProjectionLagReading>();
        while (await reader.ReadAsync(ct))
        {
            var oldest = await reader.IsDBNullAsync(2, ct) ? (double?)null : reader.GetDouble(2);
            lags.Add(new ProjectionLagReading(reader.GetString(0), reader.GetInt64(1), oldest is { } t ? Math.Max(0, Math.Round(now - t, 1)) : 0));
        }
        return lags;
    }
}
