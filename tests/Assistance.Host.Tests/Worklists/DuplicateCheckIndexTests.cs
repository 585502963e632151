using Assistance.Domain.Cases;
using Assistance.Host.Cases;
using Assistance.Host.Tests.Support;
using Marten;
using Npgsql;

namespace Assistance.Host.Tests.Worklists;

/// <summary>
/// The lookups by member ID number (the duplicate check run at every enrolment among them) read an index, not every case: with
/// sequential scans priced out, PostgreSQL's plan is a scan of the ID numbers' GIN index (without the index the plan would still
/// be a sequential scan). The column holds every member's number, enrolled or not, and follows the case's events.
/// </summary>
public class DuplicateCheckIndexTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    [Fact]
    public async Task The_lookup_of_every_case_of_a_person_is_an_index_scan()
    {
        var table = ledger.Store.Options.Schema.For<HouseholdCase>(true);
        var query = new NpgsqlCommand($"select data from {table} {CasesOfPerson.Where.Replace("?", "@id")}") { Parameters = { new("id", Households.ApplicantId) } };

        var plan = await QueryPlans.ExplainAsync(ledger.Store, query);

        plan.ShouldContain("Bitmap Index Scan on mt_doc_householdcase_idx_member_id_numbers");
        plan.ShouldNotContain("Seq Scan");
    }

    /// <summary>
    /// A roster's thousands of numbers at once (the outreach upload, the roster import): PostgreSQL, left to its estimates, would
    /// compare every case with the whole array (31 s for 5,000 numbers at 170,000 cases); a containment of the whole array is
    /// planned as that scan here already (checked). What keeps the searches per number at a province's size is held by the
    /// benchmark's <c>rosterLookupGrowthRatio</c>.
    /// </summary>
    [Fact]
    public async Task The_lookup_of_thousands_of_persons_at_once_searches_the_index_per_person_as_PostgreSQL_plans_it_itself()
    {
        var table = ledger.Store.Options.Schema.For<HouseholdCase>(true);
        var idNumbers = Enumerable.Range(0, 5_000).Select(i => $"14042919{i:D10}").Append(Households.ApplicantId).ToArray();
        var query = new NpgsqlCommand($"select d.id from {CasesOfPerson.FromEachOf(table, "@numbers")}") { Parameters = { new("numbers", idNumbers) } };

        var plan = await QueryPlans.ExplainAsync(ledger.Store, query, asPlanned: true);

        plan.ShouldContain("Bitmap Index Scan on mt_doc_householdcase_idx_member_id_numbers");
        plan.ShouldNotContain("Seq Scan");
    }

    [Fact]
    public async Task A_case_is_found_by_each_of_its_members_and_only_by_them()
    {
        var id = await ledger.Host.ApplyAsync();

        await using var query = ledger.Store.QuerySession();
        var members = (await query.LoadAsync<HouseholdCase>(id))!.Members.Select(m => m.IdNumber).ToList();
        members.ShouldBe([Households.ApplicantId, Households.SpouseId, Households.ChildId], ignoreOrder: true);
        foreach (var member in members)
            (await CasesOfPerson.ListAsync(query, member, CancellationToken.None)).Select(c => c.Id).ShouldContain(id);
        (await CasesOfPerson.ListAsync(query, "110101190001010000", CancellationToken.None)).ShouldNotContain(c => c.Id == id);
    }

    [Fact]
    public async Task Cases_stored_before_the_column_existed_are_filled_once_the_schema_is_applied()
    {
        var id = await ledger.Host.ApplyAsync();
        var table = ledger.Store.Options.Schema.For<HouseholdCase>(true);
        await using (var session = ledger.Store.LightweightSession())
        {
            session.QueueSqlCommand($"update {table} set {CasesOfPerson.Column} = '{{}}' where id = ?", id);
            session.QueueSqlCommand($"comment on column {table}.{CasesOfPerson.Column} is null");
            await session.SaveChangesAsync();
        }
        (await FoundByApplicantAsync(id)).ShouldBeFalse();

        await ledger.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        (await FoundByApplicantAsync(id)).ShouldBeTrue();
        await ledger.Store.Storage.Database.AssertDatabaseMatchesConfigurationAsync();
    }

    private async Task<bool> FoundByApplicantAsync(Guid id)
    {
        await using var query = ledger.Store.QuerySession();
        return (await CasesOfPerson.ListAsync(query, Households.ApplicantId, CancellationToken.None)).Any(c => c.Id == id);
    }

    [Fact]
    public async Task The_only_GIN_index_of_the_cases_is_the_ID_numbers_one_and_it_keeps_no_pending_list()
    {
        await using var session = ledger.Store.QuerySession();
        var indexes = await session.QueryAsync<string>(
            "select indexname || ' ' || indexdef from pg_indexes where schemaname = 'assistance' and tablename = 'mt_doc_householdcase' and indexdef ilike '%gin%'");

        indexes.ShouldHaveSingleItem().ShouldStartWith("mt_doc_householdcase_idx_member_id_numbers ");
        indexes[0].ShouldContain("fastupdate=off");
    }
}
