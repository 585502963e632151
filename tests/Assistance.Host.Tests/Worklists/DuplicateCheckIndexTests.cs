using Assistance.Host.Tests.Support;
using Assistance.Host.Worklists.Duplicates;
using Marten;
using Marten.Linq;

namespace Assistance.Host.Tests.Worklists;

/// <summary>
/// The duplicate check run at every enrolment reads an index, not every case: with sequential scans priced out, PostgreSQL's
/// plan for the query is a scan of the cases' GIN index (without the index the plan would still be a sequential scan).
/// </summary>
public class DuplicateCheckIndexTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    [Fact]
    public async Task The_lookup_of_other_enrolments_by_ID_number_is_an_index_scan()
    {
        await using var session = ledger.Store.QuerySession();
        var query = DuplicateChecks.OtherEnrolments(session, Households.ApplicantId, Guid.NewGuid()).ToCommand(FetchType.FetchMany);

        var plan = await QueryPlans.ExplainAsync(ledger.Store, query);

        plan.ShouldContain("Bitmap Index Scan on mt_doc_householdcase_idx_data");
        plan.ShouldNotContain("Seq Scan");
    }
}
