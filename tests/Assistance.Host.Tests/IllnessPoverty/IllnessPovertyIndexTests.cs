using Assistance.Domain.Cases;
using Assistance.Host.IllnessPoverty;
using Assistance.Host.Tests.Statistics;
using Assistance.Host.Tests.Support;
using Marten;
using Npgsql;
using static Assistance.Host.Tests.Support.Households;

namespace Assistance.Host.Tests.IllnessPoverty;

/// <summary>
/// The 因病致贫 statistics read the index of the recognised cases, not every case of the counties asked for (0.4 s at 170,000
/// cases when they did); a store from before gets the flags' statistics once its schema is applied.
/// </summary>
public class IllnessPovertyIndexTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private static readonly string[] County = ["140429"];

    [Fact]
    public async Task The_statistics_read_the_recognised_cases_from_their_own_index()
    {
        ledger.Today(2025, 3, 5);
        var recognised = await ledger.Host.ApplyAsync(Application(appliedOn: "2025-03-03"));
        await ledger.Host.PostAsync(recognised, "illness-poverty", new { recognisedOn = "2025-03-05", evidence = "尿毒症透析（医院票据）", idNumber = SpouseId });
        for (var i = 0; i < 3; i++) await ledger.Host.ApplyAsync();
        await QueryPlans.AnalyzeCasesAsync(ledger.Store);

        var sql = IllnessPovertyStatisticsEndpoint.TallySql(ledger.Store.Options.Schema.For<HouseholdCase>(true));
        var query = new NpgsqlCommand(sql.Replace("any(?)", "any(@counties)").Replace("?", "@month"))
        {
            Parameters = { new("counties", County), new("month", "2025-03") },
        };

        var plan = await QueryPlans.ExplainAsync(ledger.Store, query);

        plan.ShouldContain(IllnessPovertyStatisticsEndpoint.Flag.IndexName);
        plan.ShouldNotContain("idx_county_code");
        var counts = await ledger.Host.GetJsonAsync("/api/statistics/illness-poverty?month=2025-03&countyCode=140429");
        counts.AsArray().ShouldHaveSingleItem()!.Value<int>("newHouseholds").ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task A_store_without_the_flags_statistics_gets_them_once_its_schema_is_applied()
    {
        var statistics = ledger.Store.Options.DatabaseSchemaName + "." + IllnessPovertyStatisticsEndpoint.Flag.StatisticsName;
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
