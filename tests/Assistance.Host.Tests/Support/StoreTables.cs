using System.Diagnostics;
using Npgsql;

namespace Assistance.Host.Tests.Support;

/// <summary>What the process tests read straight from the ledger's tables (they hold no store of their own).</summary>
public static class StoreTables
{
    /// <summary>The documents the async projections keep: statistics and worklists.</summary>
    private static readonly string[] ProjectionTables = ["mt_doc_monthlyflowsdocument", "mt_doc_casestatisticsstate", "mt_doc_caseworklist"];

    /// <remarks>Unpooled: a pooled connection would outlive a database restart (the outage test) and fail on its next use.</remarks>
    private static NpgsqlConnection Open(string connectionString) =>
        new(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);

    public static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = Open(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public static async Task<List<T>> ColumnAsync<T>(string connectionString, string sql)
    {
        await using var connection = Open(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<T>();
        while (await reader.ReadAsync()) values.Add(reader.GetFieldValue<T>(0));
        return values;
    }

    /// <summary>Waits until every async projection has processed the last stored event; returns how long that took.</summary>
    public static async Task<TimeSpan> WaitForProjectionsAsync(string connectionString, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var last = await ScalarAsync<long>(connectionString, "select coalesce(max(seq_id), 0) from assistance.mt_events");
            var behind = await ScalarAsync<long>(connectionString,
                $"select count(*) from assistance.mt_event_progression where name not like 'HighWater%' and last_seq_id < {last}");
            var shards = await ScalarAsync<long>(connectionString, "select count(*) from assistance.mt_event_progression where name not like 'HighWater%'");
            if (shards > 0 && behind == 0) return clock.Elapsed;
            if (clock.Elapsed > within)
            {
                var progress = await ColumnAsync<string>(connectionString, "select name || ' at ' || last_seq_id from assistance.mt_event_progression");
                throw new TimeoutException($"{behind} of {shards} projection shards are still behind event {last} after {within}: {string.Join(", ", progress)}");
            }
            await Task.Delay(100);
        }
    }

    /// <summary>Each async projection document (table and id) with the md5 of its stored JSON.</summary>
    public static async Task<Dictionary<string, string>> ProjectionFingerprintsAsync(string connectionString)
    {
        var fingerprints = new Dictionary<string, string>();
        await using var connection = Open(connectionString);
        await connection.OpenAsync();
        foreach (var table in ProjectionTables)
        {
            await using var command = new NpgsqlCommand($"select id::text, md5(data::text) from assistance.{table}", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) fingerprints[$"{table}/{reader.GetString(0)}"] = reader.GetString(1);
        }
        return fingerprints;
    }
}
