using System.Diagnostics;
using Assistance.Host.Statistics;
using Assistance.Host.Worklists;
using Assistance.Host.Worklists.Counts;
using JasperFx.Events.Projections;
using Marten;
using Npgsql;

namespace Assistance.Benchmarks.Ratios;

/// <summary>What a rebuild of the async projections found: how long it took and how many documents differ from the ones kept incrementally.</summary>
public sealed record RebuildComparison(TimeSpan Elapsed, int Documents, int Differences);

/// <summary>
/// Fingerprints every document of the async projections (the md5 of its stored JSON) and every row of the worklist tallies (folded), rebuilds the projections from the events
/// and fingerprints them again: the incrementally maintained documents must be exactly the rebuilt ones.
/// </summary>
public static class ProjectionAgreement
{
    public static async Task<RebuildComparison> RebuildAndCompareAsync(LedgerUnderTest ledger)
    {
        var store = ledger.Store;
        await ProjectionProgress.WaitForAsync(store, await ProjectionProgress.LastEventAsync(store), TimeSpan.FromHours(1));
        var before = await FingerprintsAsync(ledger);
        var names = ((DocumentStore)store).Options.Projections.All.Where(p => p.Lifecycle == ProjectionLifecycle.Async).Select(p => p.Name).ToList();
        var clock = Stopwatch.StartNew();
        await new ProjectionRebuilder(store).RebuildAsync(ledger.Coordinator.DaemonForMainDatabase(), names, _ => { }, CancellationToken.None);
        var elapsed = clock.Elapsed;
        var after = await FingerprintsAsync(ledger);
        var differences = before.Count(b => !after.TryGetValue(b.Key, out var a) || a != b.Value) + after.Keys.Count(k => !before.ContainsKey(k));
        return new RebuildComparison(elapsed, before.Count, differences);
    }

    private static async Task<Dictionary<string, string>> FingerprintsAsync(LedgerUnderTest ledger)
    {
        var schema = ledger.Store.Options.Schema;
        var tables = new[] { schema.For<MonthlyFlowsDocument>(true), schema.For<CaseStatisticsState>(true), schema.For<CaseWorklist>(true) };
        var fingerprints = new Dictionary<string, string>();
        await using var connection = new NpgsqlConnection(ledger.ConnectionString);
        await connection.OpenAsync();
        var tallies = WorklistTallies.TableIn(ledger.Store.Options.DatabaseSchemaName).QualifiedName;
        int folded;
        await using (var session = ledger.Store.QuerySession()) folded = await WorklistTallyFold.FoldedBeforeAsync(session, CancellationToken.None);
        // A rebuild writes the tallies unfolded: both are compared as folded at the last fold's day, what every count since reads.
        var key = $"county_code, township, list, {WorklistTallyFold.Folded("visible_from", folded)}, {WorklistTallyFold.Folded("due_on", folded)}";
        var rows = tables.Select(t => $"select '{t}/' || id::text, md5(data::text) from {t}")
            .Append($"select '{tallies}/' || concat_ws('|', {key}), sum(cases)::text from {tallies} group by {key} having sum(cases) <> 0");
        foreach (var sql in rows)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) fingerprints[reader.GetString(0)] = reader.GetString(1);
        }
        return fingerprints;
    }
}
