using System.Runtime.CompilerServices;
using Assistance.Host.Audit.Anchors;
using Assistance.Host.Storage;
using Marten;
using Npgsql;

namespace Assistance.Host.Audit.Chain;

/// <summary>
/// Reads the event store's tables as they are, with SQL rather than through Marten's event API: what the verifier checks
/// is exactly what is stored, including rows the ledger never wrote. Whole-store reads stream in stream-id order.
/// </summary>
public sealed class EventTable(IDocumentStore store)
{
    private const string EventColumns = $"seq_id, stream_id, version, type, data::text, user_name, timestamp, headers ->> '{EventSeal.Header}'";

    private string Events => $"{LedgerStore.Schema}.mt_events";
    private string Streams => $"{LedgerStore.Schema}.mt_streams";
    private string Heads => store.Options.Schema.For<AnchoredStreamHead>(true);
    private string SealedStreams => store.Options.Schema.For<SealedStream>(true);

    public async Task<List<StoredEvent>> StreamAsync(Guid id, CancellationToken ct)
    {
        var events = new List<StoredEvent>();
        await foreach (var e in ReadAsync($"select {EventColumns} from {Events} where stream_id = $1 order by version", ReadEvent, ct, id)) events.Add(e);
        return events;
    }

    public async Task<long?> RecordedVersionAsync(Guid id, CancellationToken ct)
    {
        await foreach (var version in ReadAsync($"select version from {Streams} where id = $1", r => r.GetInt64(0), ct, id)) return version;
        return null;
    }

    public IAsyncEnumerable<StoredEvent> AllEventsAsync(CancellationToken ct) =>
        ReadAsync($"select {EventColumns} from {Events} order by stream_id, version", ReadEvent, ct);

    public IAsyncEnumerable<(Guid Id, long Version)> AllRecordedVersionsAsync(CancellationToken ct) =>
        ReadAsync($"select id, version from {Streams} order by id", r => (r.GetGuid(0), r.GetInt64(1)), ct);

    public IAsyncEnumerable<AnchoredStreamHead> AllAnchoredHeadsAsync(CancellationToken ct) =>
        ReadAsync($"select id, (data ->> 'version')::bigint, (data ->> 'sequence')::bigint, data ->> 'hash', data ->> 'anchoredOn' from {Heads} order by id",
            r => new AnchoredStreamHead { Id = r.GetGuid(0), Version = r.GetInt64(1), Sequence = r.GetInt64(2), Hash = r.GetString(3), AnchoredOn = r.GetString(4) }, ct);

    /// <summary>Every stream sealed at rest (<see cref="LegacySealing"/>), in stream-id order.</summary>
    public IAsyncEnumerable<SealedStream> AllSealedStreamsAsync(CancellationToken ct) =>
        ReadAsync($"select id, data ->> 'sealedOn', (data ->> 'version')::bigint, data -> 'hashes' from {SealedStreams} order by id", ReadSealed, ct);

    public async Task<SealedStream?> SealedStreamAsync(Guid id, CancellationToken ct)
    {
        await foreach (var s in ReadAsync($"select id, data ->> 'sealedOn', (data ->> 'version')::bigint, data -> 'hashes' from {SealedStreams} where id = $1", ReadSealed, ct, id)) return s;
        return null;
    }

    /// <summary>
    /// The sequence of the store's first sealed event: where the chain began. Unsealed events below it were stored before the
    /// chain existed; with no sealed event at all, every event was.
    /// </summary>
    public async Task<long> ChainStartAsync(CancellationToken ct) =>
        await ScalarAsync($"select coalesce(min(seq_id), {long.MaxValue}) from {Events} where headers ->> '{EventSeal.Header}' is not null", ct);

    /// <summary>The events without a seal below <paramref name="sequence"/>, in stream and version order.</summary>
    public IAsyncEnumerable<StoredEvent> UnsealedEventsBeforeAsync(long sequence, CancellationToken ct) =>
        ReadAsync($"select {EventColumns} from {Events} where seq_id < $1 and headers ->> '{EventSeal.Header}' is null order by stream_id, version", ReadEvent, ct, sequence);

    /// <summary>
    /// Moves the anchored head of every stream appended to in the sequence range (after, upTo] to its last event there, in one
    /// statement inside PostgreSQL (no row comes to the ledger and back); returns how many heads moved.
    /// </summary>
    public async Task<long> MoveAnchoredHeadsAsync(long after, long upTo, string anchoredOn, CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand($"""
            insert into {Heads} (id, data, mt_dotnet_type, mt_last_modified)
            select stream_id,
                   jsonb_build_object('id', stream_id, 'version', version, 'sequence', seq_id,
                                      'hash', coalesce(headers ->> '{EventSeal.Header}', ''), 'anchoredOn', $3::text),
                   $4, now()
            from (select distinct on (stream_id) stream_id, version, seq_id, headers
                  from {Events} where seq_id > $1 and seq_id <= $2 order by stream_id, version desc) h
            on conflict (id) do update set data = excluded.data, mt_last_modified = excluded.mt_last_modified
            """, connection);
        foreach (var p in new object[] { after, upTo, anchoredOn, typeof(AnchoredStreamHead).FullName! }) command.Parameters.Add(new NpgsqlParameter { Value = p });
        command.CommandTimeout = 0;
        return await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<long> CountEventsUpToAsync(long sequence, CancellationToken ct) =>
        await ScalarAsync($"select count(*) from {Events} where seq_id <= $1", ct, sequence);

    /// <summary>
    /// The highest sequence below which no append is still in flight: the async daemon's high-water mark when it has one,
    /// else the highest stored sequence.
    /// </summary>
    public async Task<long> SettledSequenceAsync(CancellationToken ct) => await ScalarAsync($"""
        select coalesce((select last_seq_id from {LedgerStore.Schema}.mt_event_progression where name = 'HighWaterMark'),
                        (select max(seq_id) from {Events}), 0)
        """, ct);

    private async Task<long> ScalarAsync(string sql, CancellationToken ct, params object[] parameters)
    {
        await foreach (var value in ReadAsync(sql, r => r.GetInt64(0), ct, parameters)) return value;
        return 0;
    }

    private static StoredEvent ReadEvent(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetGuid(1), r.GetInt64(2), r.GetString(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5),
        r.GetFieldValue<DateTimeOffset>(6), r.IsDBNull(7) ? null : r.GetString(7));

    private static SealedStream ReadSealed(NpgsqlDataReader r) => new()
    {
        Id = r.GetGuid(0), SealedOn = r.GetString(1), Version = r.GetInt64(2),
        Hashes = System.Text.Json.JsonSerializer.Deserialize<List<string>>(r.GetString(3)) ?? [],
    };

    private async IAsyncEnumerable<T> ReadAsync<T>(string sql, Func<NpgsqlDataReader, T> read, [EnumeratorCancellation] CancellationToken ct, params object[] parameters)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) yield return read(reader);
    }
}
