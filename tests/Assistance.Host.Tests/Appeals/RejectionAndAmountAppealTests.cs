using System.Text.Json.Nodes;
using Alba;
using Assistance.Host.Tests.Corrections;
using Assistance.Host.Tests.Support;
using static Assistance.Host.Tests.Support.Households;

namespace Assistance.Host.Tests.Appeals;

/// <summary>
/// Appeals against a rejection and against an approved amount, each changed or withdrawn: a reversed rejection pays from the
/// month the rejected decision would have; a changed amount is due from the appealed decision's month, and the next roll pays
/// the difference for months already paid; a withdrawn appeal changes nothing. Tests that issue rolls have a county each.
/// </summary>
public class RejectionAndAmountAppealTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private async Task<(Guid Id, long Rejection)> RejectedCaseAsync()
    {
        ledger.Today(2025, 1, 20);
        var id = await ledger.Host.ApplyAsync(Application(Guid.NewGuid(), "140425"));
        await ledger.Host.PostAsync(id, "commitments", Commitment());
        await ledger.Host.PostAsync(id, "assessments", Assessment(monthlyIncome: 600m));
        var rejection = await ledger.Host.PostAsync(id, "decisions", new { decision = "Reject", reason = "未如实申报存款" }, user: TestUsers.Approver);
        return (id, rejection);
    }

    private async Task<Guid> LodgeAsync(Guid id, long against, string lodgedOn)
    {
        var lodged = await ledger.Host.PostAsync(id, "appeals", new { kind = "AdministrativeReview", againstVersion = against, lodgedOn, grounds = "申报的存款系代管他人款项", appellant = "王大山" });
        var history = (await ledger.GetAsync($"/api/households/{id}/history")).AsArray();
        return history.Single(h => h!.Value<long>("version") == lodged)!["data"]!.Value<Guid>("appealId");
    }

    private Task DecideAsync(Guid id, Guid appeal, object body) => ledger.Host.PostAsync(id, $"appeals/{appeal}/decision", body, user: TestUsers.SecondApprover);

    private async Task<List<JsonNode>> OpenAppealsAsync(Guid id, string county) =>
        (await ledger.GetAsync($"/api/worklists/open-appeals?countyCode={county}"))["rows"]!.AsArray().Where(r => r!.Value<Guid>("caseId") == id).Select(r => r!).ToList();

    [Fact]
    public async Task A_rejection_reversed_on_appeal_reopens_the_case_and_the_approval_pays_from_the_month_after_the_rejection()
    {
        var (id, rejection) = await RejectedCaseAsync();
        ledger.Today(2025, 2, 10);
        var appeal = await LodgeAsync(id, rejection, "2025-02-10");
        ledger.Today(2025, 3, 12);
        await DecideAsync(id, appeal, new { outcome = "Changed", reason = "存款系代管款项，撤销不予确认决定" });
        (await ledger.Host.GetCaseAsync(id)).Text("status").ShouldBe("Assessed");
        (await OpenAppealsAsync(id, "140425")).ShouldBeEmpty();

        await ledger.Host.PostAsync(id, "decisions", new { decision = "Approve" }, user: TestUsers.Approver);
        var enrolled = await ledger.Host.GetCaseAsync(id);
        enrolled.Text("status").ShouldBe("Enrolled");
        enrolled.Text("effectiveMonth").ShouldBe("2025-02"); // as the decision of 2025-01-20 would have, not April
        (await ledger.GetAsync($"/api/households/{id}?effectiveOn=2025-01")).Value<bool>("entitled").ShouldBeFalse();
        (await ledger.GetAsync($"/api/households/{id}?effectiveOn=2025-02")).Value<bool>("entitled").ShouldBeTrue();
    }

    [Fact]
    public async Task A_withdrawn_appeal_against_a_rejection_leaves_the_case_rejected()
    {
        var (id, rejection) = await RejectedCaseAsync();
        ledger.Today(2025, 2, 10);
        var appeal = await LodgeAsync(id, rejection, "2025-02-10");
        (await OpenAppealsAsync(id, "140425")).Count.ShouldBe(1);
        await DecideAsync(id, appeal, new { outcome = "Withdrawn", reason = "申请人撤回" });
        (await ledger.Host.GetCaseAsync(id)).Text("status").ShouldBe("Rejected");
        (await OpenAppealsAsync(id, "140425")).ShouldBeEmpty();
        await ledger.Host.PostAsync(id, "decisions", new { decision = "Approve" }, 409, TestUsers.Approver);
    }

    [Fact]
    public async Task An_amount_changed_on_appeal_is_due_from_the_approvals_month_and_the_next_roll_pays_the_difference()
    {
        var (id, approval, amount) = await ledger.EnrolAndPayFebruaryToAprilAsync("140429");
        var appeal = await LodgeAsync(id, approval, "2025-03-10");
        ledger.Today(2025, 4, 20);
        await DecideAsync(id, appeal, new { outcome = "Changed", reason = "重度残疾成员护理费用应予扣除", monthlyAmount = amount + 50m });

        (await ledger.Host.GetCaseAsync(id)).Value<decimal>("monthlyAmount").ShouldBe(amount + 50m);
        foreach (var month in new[] { "2025-02", "2025-04", "2025-06" })
            (await ledger.GetAsync($"/api/households/{id}?effectiveOn={month}")).Value<decimal>("monthlyAmount").ShouldBe(amount + 50m, month);
        (await ledger.GetAsync($"/api/households/{id}?effectiveOn=2025-02&asOf=2025-04-19")).Value<decimal>("monthlyAmount").ShouldBe(amount);
        var backPay = (await ledger.RollLinesAsync(id, "2025-05")).Where(l => l.Text("kind") == "BackPay").ToList();
        backPay.Select(l => l.Text("forMonth")).ShouldBe(["2025-02", "2025-03", "2025-04"]);
        backPay.ShouldAllBe(l => l.Value<decimal>("amount") == 50m);
    }

    [Fact]
    public async Task A_withdrawn_appeal_against_an_amount_changes_nothing()
    {
        var (id, approval, amount) = await ledger.EnrolAndPayFebruaryToAprilAsync("140426");
        var appeal = await LodgeAsync(id, approval, "2025-03-10");
        ledger.Today(2025, 4, 20);
        await DecideAsync(id, appeal, new { outcome = "Withdrawn", reason = "申请人撤回" });
        (await ledger.Host.GetCaseAsync(id)).Value<decimal>("monthlyAmount").ShouldBe(amount);
        (await ledger.RollLinesAsync(id, "2025-05", "140426")).ShouldAllBe(l => l.Text("kind") == "Regular");
        (await OpenAppealsAsync(id, "140426")).ShouldBeEmpty();
    }
}
