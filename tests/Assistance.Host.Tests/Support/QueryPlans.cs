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

    /// <summary>PostgreSQL's statistics of the cases brought up to date, as autovacuum would keep them, for a plan that depends on them.</summary>
    public static async Task AnalyzeCasesAsync(IDocumentStore store)
    {
        await using var session = store.LightweightSession();
        session.QueueSqlCommand($"analyze {store.Options.Schema.For<HouseholdCase>(true)}");
        await session.SaveChangesAsync();
    }
}
