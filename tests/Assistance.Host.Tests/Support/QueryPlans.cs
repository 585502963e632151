using System.Text.Json;
using System.Text.RegularExpressions;
using Assistance.Domain.Cases;
using Marten;
using Npgsql;

namespace Assistance.Host.Tests.Support;

/// <summary>
/// PostgreSQL's plan for a query Marten would send, by default with sequential scans and sorts priced out, so that any index that
/// can serve it (and its order) shows; <c>asPlanned</c> leaves PostgreSQL its own choice, for a query whose shape must lead it to an
/// index whatever its estimates; <c>sorts</c> leaves sorts their price, for a query whose index serves its filter but not its order.
/// </summary>
public static class QueryPlans
{
    public static async Task<string> ExplainAsync(IDocumentStore store, NpgsqlCommand query, bool asPlanned = false, bool sorts = false)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        if (!asPlanned)
        {
            await using var noScans = new NpgsqlCommand(sorts ? "set enable_seqscan = off" : "set enable_seqscan = off; set enable_sort = off", connection);
            await noScans.ExecuteNonQueryAsync();
        }
        await using var explain = new NpgsqlCommand("explain " + query.CommandText, connection);
        foreach (NpgsqlParameter parameter in query.Parameters) explain.Parameters.Add(parameter.Clone());
        var lines = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        return string.Join('\n', lines);
    }

    /// <summary>
    /// The rows PostgreSQL's scans read running <paramref name="sql"/> (Marten's <c>?</c> placeholders), filtered out or not, a row
    /// read twice counted twice: what a query costs whatever the table's size, for a query that must read by key.
    /// </summary>
    public static async Task<long> RowsReadAsync(IDocumentStore store, string sql, params object[] parameters)
    {
        var position = 0;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var explain = new NpgsqlCommand($"explain (analyze, format json) {Regex.Replace(sql, @"\?", _ => $"${++position}")}", connection);
        foreach (var parameter in parameters) explain.Parameters.Add(new NpgsqlParameter { Value = parameter });
        using var plan = JsonDocument.Parse((string)(await explain.ExecuteScalarAsync())!);
        return RowsRead(plan.RootElement[0].GetProperty("Plan"));
    }

    private static long RowsRead(JsonElement node)
    {
        var type = node.GetProperty("Node Type").GetString()!;
        var own = type.EndsWith("Scan", StringComparison.Ordinal) && type is not ("CTE Scan" or "Subquery Scan")
            ? (node.GetProperty("Actual Rows").GetInt64() + (node.TryGetProperty("Rows Removed by Filter", out var removed) ? removed.GetInt64() : 0))
              * node.GetProperty("Actual Loops").GetInt64()
            : 0;
        return own + (node.TryGetProperty("Plans", out var children) ? children.EnumerateArray().Sum(RowsRead) : 0);
    }

    /// <summary>PostgreSQL's statistics of the cases brought up to date, as autovacuum would keep them, for a plan that depends on them.</summary>
    public static Task AnalyzeCasesAsync(IDocumentStore store) => AnalyzeAsync(store, store.Options.Schema.For<HouseholdCase>(true));

    /// <summary>PostgreSQL's statistics of <paramref name="table"/> taken now, as autovacuum would take them.</summary>
    public static async Task AnalyzeAsync(IDocumentStore store, string table)
    {
        await using var session = store.LightweightSession();
        session.QueueSqlCommand($"analyze {table}");
        await session.SaveChangesAsync();
    }
}
