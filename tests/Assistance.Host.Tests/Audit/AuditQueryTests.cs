using System.Text.Json.Nodes;
using Alba;
using Marten;
using Wolverine;
using Wolverine.Tracking;
using Assistance.Host.Tests.Support;
using static Assistance.Host.Tests.Support.Households;

namespace Assistance.Host.Tests.Audit;

/// <summary>The auditors' questions over one county's cases.</summary>
public class AuditQueryTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private async Task<JsonArray> ListAsync(string url, Assistance.Host.Access.LedgerUser? user = null) => (await (await ledger.Host.Scenario(s =>
    {
        s.Get.Url(url);
        if (user is not null) s.As(user);
        s.StatusCodeShouldBeOk();
    })).ReadJsonNodeAsync()).AsArray();

    /// <summary>One person (科长赵) holding both roles under one id: as caseworker they assess, as approver they approve.</summary>
    private static readonly Assistance.Host.Access.LedgerUser ZhaoAssessing = TestUsers.User("zhao", "科长赵", Assistance.Host.Access.LedgerRoles.Caseworker, "*");
    private static readonly Assistance.Host.Access.LedgerUser ZhaoApproving = TestUsers.User("zhao", "科长赵", Assistance.Host.Access.LedgerRoles.Approver, "*");

    private async Task<(Guid Id, long Approval)> EnrolAsync(bool byOnePerson = false, string effectiveMonth = "2025-02", string appliedOn = "2025-01-06")
    {
        var id = await ledger.Host.ApplyAsync(Application(Guid.NewGuid(), appliedOn: appliedOn));
        await ledger.Host.PostAsync(id, "commitments", Commitment(appliedOn));
        await ledger.Host.PostAsync(id, "assessments", Assessment(appliedOn), user: byOnePerson ? ZhaoAssessing : null);
        if (!byOnePerson)
        {
            // Approve and let any message work the approval starts finish before the next step.
            long approval = 0;
            await ledger.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(30)).ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ =>
                approval = await ledger.Host.PostAsync(id, "decisions", new { decision = "Approve", effectiveMonth })));
            return (id, approval);
        }
        // The ledger refuses a self-approval now (联审联批), so it comes as history recorded before the rule, straight into the store.
        await using var session = ledger.Store.LightweightSession();
        session.LastModifiedBy = Assistance.Host.Core.Actors.Of(ZhaoApproving);
        var stream = await session.Events.FetchForWriting<Assistance.Domain.Cases.HouseholdCase>(id);
        stream.AppendOne(new Assistance.Domain.Cases.EnrolmentApproved(Assistance.Domain.Values.Program.Dibao,
            NodaTime.Text.YearMonthPattern.Iso.Parse(effectiveMonth).Value, 1000m, [.. stream.Aggregate!.Members.Select(m => m.IdNumber)],
            Assistance.Host.Core.Actors.Of(ZhaoApproving), "旧系统迁移"));
        await session.SaveChangesAsync();
        return (id, (stream.StartingVersion ?? 0) + 1);
    }

    [Fact]
    public async Task Auditors_find_decisions_by_user_self_approved_enrolments_large_amount_changes_and_quick_re_enrolments()
    {
        ledger.Today(2025, 1, 20);
        var (selfApproved, selfApproval) = await EnrolAsync(byOnePerson: true);
        var (reviewed, _) = await EnrolAsync();
        var (exited, _) = await EnrolAsync();
        ledger.Today(2025, 3, 20);
        var review = await ledger.Host.PostAsync(reviewed, "reviews", new { reviewedOn = "2025-03-20", monthlyIncome = 1400m });
        await ledger.Host.PostAsync(exited, "exits", new { reason = "MovedAway", effectiveMonth = "2025-04" });
        ledger.Today(2025, 8, 4);
        var (again, _) = await EnrolAsync(effectiveMonth: "2025-09", appliedOn: "2025-08-04");

        // The approver's decisions of the first quarter: the two approvals and the exit, not the caseworker's review.
        var approver = Uri.EscapeDataString("审批员王（approver）");
        var byApprover = await ListAsync($"/api/audit/decisions?actor={approver}&from=2025-01-01&to=2025-03-31");
        byApprover.Select(r => r!.Value<Guid>("caseId")).Distinct().ShouldBe([reviewed, exited], ignoreOrder: true);
        byApprover.Count.ShouldBe(3);
        byApprover.ShouldAllBe(r => r!.Text("actor") == "审批员王（approver）");
        // An auditor of another county sees none of these 140429 decisions; one of 140429 sees them all.
        (await ListAsync($"/api/audit/decisions?actor={approver}&from=2025-01-01&to=2025-03-31", TestUsers.AuditorOf("140403"))).ShouldBeEmpty();
        (await ListAsync($"/api/audit/decisions?actor={approver}&from=2025-01-01&to=2025-03-31", TestUsers.AuditorOf("140429"))).Count.ShouldBe(3);

        var self = await ListAsync("/api/audit/self-approved?countyCode=140429");
        self.Select(r => (r!.Value<Guid>("caseId"), r.Value<long>("version"))).ShouldBe([(selfApproved, selfApproval)]);

        var changes = await ListAsync("/api/audit/amount-changes?countyCode=140429&percent=30");
        changes.Select(r => (r!.Value<Guid>("caseId"), r.Value<long>("version"))).ShouldBe([(reviewed, review)]);
        (await ListAsync("/api/audit/amount-changes?countyCode=140429&percent=99")).ShouldBeEmpty();

        var reEnrolled = await ListAsync("/api/audit/re-enrolments?countyCode=140429");
        reEnrolled.Where(r => r!.Value<Guid>("previousCaseId") == exited).Select(r => r!.Value<Guid>("caseId")).ShouldBe([again]);
    }
}
