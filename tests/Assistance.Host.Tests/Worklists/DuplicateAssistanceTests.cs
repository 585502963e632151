using Assistance.Domain.Cases;
using Alba;
using Assistance.Domain.Worklists;
using Assistance.Host.Tests.Support;
using NodaTime;
using static Assistance.Host.Tests.Support.Households;
using static Assistance.Host.Tests.Worklists.CaseHistories;

namespace Assistance.Host.Tests.Worklists;

/// <summary>重复享受: one ID number enrolled in two open cases is flagged on both when the second enrolment is recorded.</summary>
public class DuplicateAssistanceTests(WorklistFixture ledger) : IClassFixture<WorklistFixture>
{
    private IAlbaHost Host => ledger.Host;

    private async Task<Guid> EnrolThroughHttpAsync(string county)
    {
        var id = await Host.ApplyAsync(Application(county: county, appliedOn: "2026-01-05"));
        await Host.PostAsync(id, "commitments", Commitment("2026-01-05"));
        await Host.PostAsync(id, "assessments", Assessment("2026-01-06"));
        await Host.PostAsync(id, "decisions", new { decision = "Approve", effectiveMonth = "2026-02", decidedBy = "科长赵" });
        return id;
    }

    [Fact]
    public async Task The_second_enrolment_flags_both_cases_and_the_flag_ends_when_one_case_exits()
    {
        ledger.Today(2026, 1, 6);
        var first = await EnrolThroughHttpAsync("140429");
        (await ledger.Store.EventsAsync(first)).Select(e => e.Data).OfType<DuplicateAssistanceFlagged>().ShouldBeEmpty();

        ledger.Today(2026, 1, 7);
        var second = await EnrolThroughHttpAsync("140403");
        var onFirst = (await ledger.Store.EventsAsync(first)).Select(e => e.Data).OfType<DuplicateAssistanceFlagged>().ToList();
        onFirst.Count.ShouldBe(3);
        onFirst.ShouldAllBe(f => f.OtherCaseId == second && f.OtherCountyCode == "140403" && f.FlaggedOn == new LocalDate(2026, 1, 7));
        (await ledger.Store.EventsAsync(second)).Select(e => e.Data).OfType<DuplicateAssistanceFlagged>()
            .ShouldAllBe(f => f.OtherCaseId == first && f.OtherCountyCode == "140429");

        var all = await Host.ListAsync("duplicates", "");
        all.RowOf(first).ShouldNotBeNull().Text("reason").ShouldContain("140403");
        all.RowOf(second).ShouldNotBeNull();
        (await Host.ListAsync("duplicates", "countyCode=140403")).Rows().ShouldHaveSingleItem().Value<Guid>("caseId").ShouldBe(second);

        ledger.Today(2026, 1, 20);
        await Host.PostAsync(second, "exits", new { reason = "MovedAway", effectiveMonth = "2026-02", decidedBy = "科长赵" });
        await Host.RunDailyChecksAsync(new LocalDate(2026, 1, 20));
        (await ledger.Store.EventsAsync(first)).Select(e => e.Data).OfType<DuplicateAssistanceResolved>().Count().ShouldBe(3);
        (await Host.ListAsync("duplicates", "")).Value<int>("total").ShouldBe(0);
    }
}
