using Assistance.Host.Cases;
using Assistance.Host.Tests.Support;
using Assistance.Host.Worklists.Duplicates;
using Marten;
using Marten.Linq;

namespace Assistance.Host.Tests.Worklists;

/// <summary>
/// The lookups by member ID number (the duplicate check run at every enrolment among them) read an index, not every case: with
/// sequential scans priced out, PostgreSQL's plan for each is a scan of the members' GIN index (without the index the plan
/// would still be a sequential scan).
/// </summary>
public class DuplicateCheckIndexTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    [Fact]
    public async Task The_lookup_of_other_enrolments_by_ID_number_is_an_index_scan()
    {
        await using var session = ledger.Store.QuerySession();
        var query = DuplicateChecks.OtherEnrolledHouseholds(session, Households.ApplicantId, Guid.NewGuid()).ToCommand(FetchType.FetchMany);

        await ShouldReadTheMembersIndexAsync(query);
    }

    [Fact]
    public async Task The_lookup_of_every_case_of_a_person_is_an_index_scan()
    {
        await using var session = ledger.Store.QuerySession();

        await ShouldReadTheMembersIndexAsync(CasesOfPerson.Query(session, Households.ApplicantId).ToCommand(FetchType.FetchMany));
    }

    [Fact]
    public async Task There_is_no_index_over_the_whole_case()
    {
        await using var session = ledger.Store.QuerySession();
        var indexes = await session.QueryAsync<string>(
            "select indexname from pg_indexes where schemaname = 'assistance' and tablename = 'mt_doc_householdcase' and indexdef ilike '%gin%'");

        indexes.ShouldHaveSingleItem().ShouldBe("mt_doc_householdcase_idx_members_gin");
    }

    private async Task ShouldReadTheMembersIndexAsync(Npgsql.NpgsqlCommand query)
    {
        var plan = await QueryPlans.ExplainAsync(ledger.Store, query);

        plan.ShouldContain("Bitmap Index Scan on mt_doc_householdcase_idx_members_gin");
        plan.ShouldNotContain("Seq Scan");
    }
}
