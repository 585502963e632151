using Assistance.Domain.Cases;
using Assistance.Host.Appeals;
using Assistance.Host.Tests.Support;
using Marten;
using Marten.Linq;

namespace Assistance.Host.Tests.Appeals;

/// <summary>
/// 待办复核申请 reads the index of the cases with an open appeal, not the county's every case: with PostgreSQL's statistics of
/// the column (which autovacuum keeps), its plan is a scan of that partial index. Left to a flag inside the JSON, it read the
/// county's cases one by one (65 ms for the largest county at 170,000 cases, growing with them).
/// </summary>
public class OpenAppealsIndexTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    [Fact]
    public async Task The_open_appeals_of_a_county_are_read_from_the_index_of_the_cases_with_one()
    {
        for (var i = 0; i < 3; i++) await ledger.Host.ApplyAsync();
        await using (var session = ledger.Store.LightweightSession())
        {
            session.QueueSqlCommand($"analyze {ledger.Store.Options.Schema.For<HouseholdCase>(true)}");
            await session.SaveChangesAsync();
        }

        await using var query = ledger.Store.QuerySession();
        var plan = await QueryPlans.ExplainAsync(ledger.Store, OpenAppealsEndpoint.CasesWithOpenAppeals(query, "140429").ToCommand(FetchType.FetchMany));

        plan.ShouldContain("mt_doc_householdcase_idx_has_open_appeal");
        plan.ShouldNotContain("idx_county_code");
    }
}
