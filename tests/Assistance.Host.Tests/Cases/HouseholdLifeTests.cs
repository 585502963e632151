using Alba;
using Assistance.Host.Tests.Support;
using static Assistance.Host.Tests.Support.Households;

namespace Assistance.Host.Tests.Cases;

/// <summary>One household's whole life through HTTP against PostgreSQL, checking the case body after each step.</summary>
public class HouseholdLifeTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private IAlbaHost Host => ledger.Host;

    private void Today(int year, int month, int day) => ledger.Today(year, month, day);

    [Fact]
    public async Task A_household_from_application_to_exit()
    {
        Today(2025, 1, 6);
        var id = await Host.ApplyAsync();
        var body = await Host.GetCaseAsync(id);
        body.Text("status").ShouldBe("Applied");
        body.Value<long>("version").ShouldBe(1);
        body.Text("countyName").ShouldBe("武乡县");
        body["members"]!.AsArray().Count.ShouldBe(3);
        body.Text("appliedOn").ShouldBe("2025-01-06");

        Today(2025, 1, 7);
        (await Host.PostAsync(id, "commitments", Commitment())).ShouldBe(2);
        (await Host.GetCaseAsync(id)).Text("status").ShouldBe("Committed");

        Today(2025, 1, 13);
        (await Host.PostAsync(id, "assessments", Assessment())).ShouldBe(3);
        (await Host.GetCaseAsync(id)).Text("status").ShouldBe("Assessed");

        Today(2025, 1, 20);
        // No amount given: the county's default rules compute it. Rural standard 585 × 3 persons − income 600 = 1155,
        // plus 分类施保 104 for the spouse (grade-2 disability) and 104 for the child (under 18) = 1363.
        (await Host.PostAsync(id, "decisions", new { decision = "Approve", effectiveMonth = "2025-02", decidedBy = "科长赵" })).ShouldBe(4);
        body = await Host.GetCaseAsync(id);
        body.Text("status").ShouldBe("Enrolled");
        body.Text("program").ShouldBe("Dibao");
        body.Value<int>("enrolledPersons").ShouldBe(3);
        body.Value<decimal>("monthlyAmount").ShouldBe(1363m);
        body.Text("nextReviewDue").ShouldBe("2025-08-01");
        body.Text("effectiveMonth").ShouldBe("2025-02");

        Today(2025, 7, 15);
        (await Host.PostAsync(id, "reviews", new
        {
            reviewedOn = "2025-07-15", monthlyIncome = 900m, reviewedBy = "调查员李", outcome = "Decrease", monthlyAmount = 855m,
            nextReviewDue = "2026-01-15",
        })).ShouldBe(5);
        body = await Host.GetCaseAsync(id);
        body.Text("status").ShouldBe("Enrolled");
        body.Value<decimal>("monthlyAmount").ShouldBe(855m);
        body.Text("nextReviewDue").ShouldBe("2026-01-15");

        Today(2025, 9, 10);
        (await Host.PostAsync(id, "reviews", new
        {
            reviewedOn = "2025-09-10", monthlyIncome = 2100m, reviewedBy = "调查员李", notes = "长子务工收入增加",
            outcome = "GradualExit", monthlyAmount = 855m, gradualExitUntil = "2026-03",
        })).ShouldBe(6);
        body = await Host.GetCaseAsync(id);
        body.Text("status").ShouldBe("GradualExit");
        body.Text("gradualExitUntil").ShouldBe("2026-03");
        body["segments"]!.AsArray().Select(x => (x!.Text("from"), x["to"]?.GetValue<string>(), x.Value<decimal>("monthlyAmount"))).ShouldBe(
            [("2025-02", "2025-07", 1363m), ("2025-08", "2025-09", 855m), ("2025-10", "2026-03", 855m)]);

        Today(2025, 12, 3);
        (await Host.PostAsync(id, "exits", new { reason = "MovedAway", effectiveMonth = "2025-11", decidedBy = "科长赵", notes = "迁往太原" })).ShouldBe(7);
        body = await Host.GetCaseAsync(id);
        body.Text("status").ShouldBe("Exited");
        body.Text("exitReason").ShouldBe("MovedAway");
        body.Text("lastEventAt").ShouldStartWith("2025-12-03T02:00:00");
        body["segments"]!.AsArray()[^1]!.Text("to").ShouldBe("2025-10");

        // asOf follows the recorded clock: the case as it stood at the end of three days of its life.
        (await Host.GetCaseAsync(id, "2025-01-06")).Text("status").ShouldBe("Applied");
        var enrolled = await Host.GetCaseAsync(id, "2025-08-01");
        enrolled.Text("status").ShouldBe("Enrolled");
        enrolled.Value<long>("version").ShouldBe(5);
        enrolled.Value<decimal>("monthlyAmount").ShouldBe(855m);
        (await Host.GetCaseAsync(id, "2025-12-03")).Text("status").ShouldBe("Exited");

        var history = (await (await Host.Scenario(s => s.Get.Url($"/api/households/{id}/history"))).ReadJsonNodeAsync()).AsArray();
        history.Select(e => e!.Text("type")).ShouldBe(
            ["ApplicationReceived", "DualCommitmentSigned", "EconomicStatusAssessed", "EnrolmentApproved", "CaseReviewed", "CaseReviewed", "CaseExited"]);
        history.Select(e => e!.Value<long>("version")).ShouldBe([1L, 2, 3, 4, 5, 6, 7]);
        history[5]!.Text("data.outcome").ShouldBe("GradualExit");
        // The actor is the signed-in user of each step, whatever name the body gave (signedBy 窗口张, decidedBy 科长赵).
        history[1]!.Text("actor").ShouldBe("经办员张（caseworker）");
        history[3]!.Text("actor").ShouldBe("审批员王（approver）");
        history[3]!.Text("recordedAt").ShouldStartWith("2025-01-20T02:00:00");
        history[6]!.Text("data.reason").ShouldBe("MovedAway");
        history[6]!.Text("data.effectiveMonth").ShouldBe("2025-11");
        history[0]!.Text("label").ShouldBe("申请受理");
    }

    [Fact]
    public async Task A_case_asked_for_before_it_existed_is_404()
    {
        Today(2025, 3, 1);
        var id = await Host.ApplyAsync(Application(appliedOn: "2025-02-27"));
        await Host.Scenario(s =>
        {
            s.Get.Url($"/api/households/{id}?asOf=2025-02-28");
            s.StatusCodeShouldBe(404);
        });
    }

    [Fact]
    public async Task A_case_asked_for_at_a_date_after_today_is_the_case_now()
    {
        Today(2025, 3, 1);
        var id = await Host.ApplyAsync(Application(appliedOn: "2025-02-27"));
        var now = await Host.GetCaseAsync(id);
        (await Host.GetCaseAsync(id, "2025-03-02")).Value<long>("version").ShouldBe(now.Value<long>("version"));
        (await Host.GetCaseAsync(id, "2100-12-31")).Text("status").ShouldBe(now.Text("status"));
    }
}
