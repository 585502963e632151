using Assistance.Domain.Cases;
using Assistance.Host.Appeals;
using Assistance.Host.Tests.Support;
using Marten;
using Npgsql;

namespace Assistance.Host.Tests.Appeals;

/// <summary>
/// 待办复核申请 reads the index of the cases with an open appeal, not the county's every case (65 ms for the largest county at
/// 170,000 cases when it did, growing with them): the query's condition is the index's, and the flag's statistics are kept.
/// </summary>
public class OpenAppealsIndexTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    [Fact]
    public async Task The_open_appeals_of_a_county_are_read_from_the_index_of_the_cases_with_one()
    {
        for (var i = 0; i < 3; i++) await ledger.Host.ApplyAsync();
        await QueryPlans.AnalyzeCasesAsync(ledger.Store);
        var table = ledger.Store.Options.Schema.For<HouseholdCase>(true);
        var query = new NpgsqlCommand($"select d.data from {table} as d {OpenAppealsEndpoint.CasesWithOpenAppeals.Replace("?", "@county")}")
        {
            Parameters = { new("county", "140429") },
        };

        var plan = await QueryPlans.ExplainAsync(ledger.Store, query);

        plan.ShouldContain(OpenAppealsEndpoint.Flag.IndexName);
        plan.ShouldNotContain("idx_county_code");
    }

    [Fact]
    public async Task A_store_without_the_flags_statistics_gets_them_once_its_schema_is_applied()
    {
        var statistics = ledger.Store.Options.DatabaseSchemaName + "." + OpenAppealsEndpoint.Flag.StatisticsName;
        await using (var session = ledger.Store.LightweightSession())
        {
            session.QueueSqlCommand($"drop statistics {statistics}");
            await session.SaveChangesAsync();
        }
        (await StatisticsAsync()).ShouldNotContain(statistics);

        await ledger.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        (await StatisticsAsync()).ShouldContain(statistics);
        await ledger.Store.Storage.Database.AssertDatabaseMatchesConfigurationAsync();
    }

    private async Task<IReadOnlyList<string>> StatisticsAsync()
    {
        await using var query = ledger.Store.QuerySession();
        return await query.QueryAsync<string>("select n.nspname || '.' || s.stxname from pg_statistic_ext s join pg_namespace n on n.oid = s.stxnamespace");
    }
}
