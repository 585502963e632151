using Wolverine.Tracking;
using Wolverine;
using System.Text.Json.Nodes;
using Alba;
using Assistance.Host.Tests.Support;
using static Assistance.Host.Tests.Support.Households;

namespace Assistance.Host.Tests.Appeals;

/// <summary>A household exited from June appeals; one appeal is upheld, another reverses the exit and the entitlement runs on from June.</summary>
public class ExitAppealTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private async Task<JsonNode> GetAsync(string url) => await (await ledger.Host.Scenario(s =>
    {
        s.Get.Url(url);
        s.StatusCodeShouldBeOk();
    })).ReadJsonNodeAsync();

    private async Task<(Guid Id, long Exit, decimal Amount)> ExitedCaseAsync()
    {
        ledger.Today(2025, 1, 20);
        var id = await ledger.Host.ApplyAsync(Application(Guid.NewGuid()));
        await ledger.Host.PostAsync(id, "commitments", Commitment());
        await ledger.Host.PostAsync(id, "assessments", Assessment());
        // Approve and let any message work the approval starts finish before the next step.
        await ledger.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(30)).ExecuteAndWaitAsync((Func<IMessageContext, Task>)(_ =>
            ledger.Host.PostAsync(id, "decisions", new { decision = "Approve", effectiveMonth = "2025-02", decidedBy = "科长赵" })));
        var amount = (await ledger.Host.GetCaseAsync(id)).Value<decimal>("monthlyAmount");
        ledger.Today(2025, 5, 10);
        var exit = await ledger.Host.PostAsync(id, "exits", new { reason = "IncomeAboveStandard", effectiveMonth = "2025-06", decidedBy = "科长赵" });
        return (id, exit, amount);
    }

    private async Task<Guid> LodgeAsync(Guid id, long against)
    {
        ledger.Today(2025, 5, 20);
        var lodged = await (await ledger.Host.Scenario(s =>
        {
            s.Post.Json(new { kind = "Reconsideration", againstVersion = against, lodgedOn = "2025-05-20", grounds = "务工收入按全年计算有误", appellant = "王大山" })
                .ToUrl($"/api/households/{id}/appeals");
            s.StatusCodeShouldBeOk();
        })).ReadJsonNodeAsync();
        var history = (await GetAsync($"/api/households/{id}/history")).AsArray();
        return history.Single(h => h!.Value<long>("version") == lodged.Value<long>("version"))!["data"]!.Value<Guid>("appealId");
    }

    private async Task<List<JsonNode>> OpenAppealsOfAsync(Guid id) =>
        (await GetAsync("/api/worklists/open-appeals?countyCode=140429"))["rows"]!.AsArray().Where(r => r!.Value<Guid>("caseId") == id).Select(r => r!).ToList();

    [Fact]
    public async Task An_appeal_against_an_exit_that_is_upheld_leaves_the_case_exited_and_leaves_the_worklist()
    {
        var (id, exit, _) = await ExitedCaseAsync();
        var appeal = await LodgeAsync(id, exit);
        var open = (await OpenAppealsOfAsync(id)).Single();
        open.Value<Guid>("appealId").ShouldBe(appeal);
        open.Text("dueOn").ShouldBe("2025-06-18"); // 20 working days; 端午节 2025-05-31 to 06-02 is not counted
        open.Value<int>("overdueDays").ShouldBe(0);

        ledger.Today(2025, 6, 10);
        await ledger.Host.PostAsync(id, $"appeals/{appeal}/decision", new { outcome = "Upheld", reason = "经复核，家庭人均收入确已超过低保标准", decidedBy = "局长孙" }, user: TestUsers.Approver);
        (await ledger.Host.GetCaseAsync(id)).Text("status").ShouldBe("Exited");
        (await GetAsync($"/api/households/{id}?effectiveOn=2025-06")).Value<bool>("entitled").ShouldBeFalse();
        (await OpenAppealsOfAsync(id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_appeal_that_reverses_an_exit_resumes_the_entitlement_from_the_exit_month()
    {
        var (id, exit, amount) = await ExitedCaseAsync();
        var appeal = await LodgeAsync(id, exit);
        ledger.Today(2025, 7, 3);
        (await OpenAppealsOfAsync(id)).Single().Value<int>("overdueDays").ShouldBe(15);

        await ledger.Host.PostAsync(id, $"appeals/{appeal}/decision", new { outcome = "Changed", reason = "务工收入系季节性，按月折算后低于标准，撤销停发决定", decidedBy = "局长孙" }, user: TestUsers.Approver);
        var now = await ledger.Host.GetCaseAsync(id);
        now.Text("status").ShouldBe("Enrolled");
        now.Value<decimal>("monthlyAmount").ShouldBe(amount);
        foreach (var month in new[] { "2025-05", "2025-06", "2025-07" })
        {
            var entitlement = await GetAsync($"/api/households/{id}?effectiveOn={month}");
            entitlement.Value<bool>("entitled").ShouldBeTrue(month);
            entitlement.Value<decimal>("monthlyAmount").ShouldBe(amount, month);
        }
        // As known at the end of June, June was not paid: the reversal is what changed it.
        (await GetAsync($"/api/households/{id}?effectiveOn=2025-06"))["differsFromKnownThen"]!.GetValue<bool>().ShouldBeTrue();
        (await OpenAppealsOfAsync(id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_appeal_after_the_time_limit_or_against_an_event_that_is_no_decision_is_refused()
    {
        var (id, exit, _) = await ExitedCaseAsync();
        ledger.Today(2025, 8, 1);
        await ledger.Host.PostAsync(id, "appeals", new { kind = "AdministrativeReview", againstVersion = exit, lodgedOn = "2025-08-01", grounds = "不服" }, 409);
        await ledger.Host.PostAsync(id, "appeals", new { kind = "Report", againstVersion = 2, grounds = "举报" }, 409);
        await ledger.Host.PostAsync(id, "appeals", new { kind = "Complaint", againstVersion = exit, grounds = "" }, 400);
    }
}
