using System.Diagnostics;
using Assistance.Host.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Assistance.Benchmarks.Ratios;

/// <summary>
/// What the server itself can do with the event rows, the yardsticks of the ratios: read every event with one
/// <c>COPY … TO STDOUT</c>, and write as many rows of the same size into a plain table with one binary COPY.
/// </summary>
public static class RawCopy
{
    private static readonly string Events = $"{LedgerStore.Schema}.mt_events";

    /// <summary>Events per second of reading all stored events in sequence order.</summary>
    public static async Task<double> ReadEventsPerSecondAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var clock = Stopwatch.StartNew();
        long rows;
        await using (var count = new NpgsqlCommand($"select count(*) from {Events}", connection))
            rows = (long)(await count.ExecuteScalarAsync())!;
        await using (var reader = await connection.BeginRawBinaryCopyAsync($"COPY (select * from {Events} order by seq_id) TO STDOUT (FORMAT BINARY)"))
        {
            var buffer = new byte[1 << 16];
            while (await reader.ReadAsync(buffer, 0, buffer.Length) > 0) { }
        }
        return rows / clock.Elapsed.TotalSeconds;
    }

    /// <summary>Rows per second of a binary COPY of <paramref name="rows"/> rows shaped and sized like the stored events into a plain table.</summary>
    public static async Task<double> WriteEventsPerSecondAsync(string connectionString, long rows)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var (dataLength, typeLength, dotnetTypeLength) = await AverageSizesAsync(connection);
        await using (var create = new NpgsqlCommand("""
            drop table if exists public.copy_yardstick;
            create table public.copy_yardstick (seq_id bigint, id uuid, stream_id uuid, version bigint, data jsonb, type varchar,
                "timestamp" timestamptz, tenant_id varchar, mt_dotnet_type varchar, user_name varchar, is_archived bool);
            """, connection))
            await create.ExecuteNonQueryAsync();

        var data = $$"""{"p":"{{new string('x', Math.Max(0, dataLength - 8))}}"}""";
        var type = new string('t', typeLength);
        var dotnetType = new string('d', dotnetTypeLength);
        var clock = Stopwatch.StartNew();
        await using (var writer = await connection.BeginBinaryImportAsync("COPY public.copy_yardstick FROM STDIN (FORMAT BINARY)"))
        {
            var stream = Guid.NewGuid();
            for (long i = 0; i < rows; i++)
            {
                if (i % 2 == 0) stream = Guid.NewGuid();
                await writer.StartRowAsync();
                await writer.WriteAsync(i + 1, NpgsqlDbType.Bigint);
                await writer.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid);
                await writer.WriteAsync(stream, NpgsqlDbType.Uuid);
                await writer.WriteAsync(i % 2 + 1, NpgsqlDbType.Bigint);
                await writer.WriteAsync(data, NpgsqlDbType.Jsonb);
                await writer.WriteAsync(type, NpgsqlDbType.Varchar);
                await writer.WriteAsync(DateTimeOffset.UtcNow, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync("*DEFAULT*", NpgsqlDbType.Varchar);
                await writer.WriteAsync(dotnetType, NpgsqlDbType.Varchar);
                await writer.WriteAsync("样例数据", NpgsqlDbType.Varchar);
                await writer.WriteAsync(false, NpgsqlDbType.Boolean);
            }
            await writer.CompleteAsync();
        }
        var rate = rows / clock.Elapsed.TotalSeconds;
        await using (var drop = new NpgsqlCommand("drop table public.copy_yardstick", connection))
            await drop.ExecuteNonQueryAsync();
        return rate;
    }

    private static async Task<(int Data, int Type, int DotnetType)> AverageSizesAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand(
            $"select coalesce(avg(octet_length(data::text)), 200)::int, coalesce(avg(length(type)), 20)::int, coalesce(avg(length(mt_dotnet_type)), 60)::int from {Events}",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2));
    }
}
