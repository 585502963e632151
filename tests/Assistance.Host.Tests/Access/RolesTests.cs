using Alba;
using Assistance.Host.Tests.Statistics;
using Assistance.Host.Tests.Support;

namespace Assistance.Host.Tests.Access;

/// <summary>Each role does its own steps only; a refused step is 403 in zh-CN and changes nothing.</summary>
public class RolesTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private IAlbaHost Host => ledger.Host;

    [Fact]
    public async Task A_caseworker_approving_an_auditor_writing_and_a_caseworker_setting_policy_are_403()
    {
        ledger.Today(2025, 1, 20);
        var id = await Host.ApplyAsync();
        await Host.PostAsync(id, "commitments", Households.Commitment());
        await Host.PostAsync(id, "assessments", Households.Assessment());

        var refused = await Host.Scenario(s =>
        {
            s.Post.Json(new { decision = "Approve", effectiveMonth = "2025-02" }).ToUrl($"/api/households/{id}/decisions");
            s.As(TestUsers.Caseworker);
            s.StatusCodeShouldBe(403);
        });
        (await refused.ReadJsonNodeAsync()).Text("title").ShouldBe("无权办理此事项");
        await Host.Scenario(s =>
        {
            s.Post.Json(Households.Assessment("2025-01-15")).ToUrl($"/api/households/{id}/assessments");
            s.As(TestUsers.Auditor);
            s.StatusCodeShouldBe(403);
        });
        await Host.Scenario(s =>
        {
            s.Put.Json(new { effectiveFrom = "2025-07", dibaoStandardRural = 5000m }).ToUrl("/api/counties/140429/policy");
            s.As(TestUsers.Caseworker);
            s.StatusCodeShouldBe(403);
        });
        await Host.Scenario(s => { s.Post.Json(new { }).ToUrl("/api/payment-rolls/140429/2025-01"); s.As(TestUsers.Caseworker); s.StatusCodeShouldBe(403); });
        await Host.Scenario(s => { s.Put.Json(new { holidays = Array.Empty<object>() }).ToUrl("/api/calendar/2026"); s.As(TestUsers.Approver); s.StatusCodeShouldBe(403); });
        await Host.Scenario(s => { s.Get.Url("/api/audit/id-views"); s.As(TestUsers.Caseworker); s.StatusCodeShouldBe(403); });

        var c = await Host.GetCaseAsync(id);
        c.Text("status").ShouldBe("Assessed");
        c.Value<long>("version").ShouldBe(3);
        (await Host.GetJsonAsync("/api/counties/140429/policy")).Value<decimal>("dibaoStandardRural").ShouldBe(585m);
    }

    [Fact]
    public async Task Statistics_are_readable_by_every_role_in_scope()
    {
        foreach (var user in new[] { TestUsers.Caseworker, TestUsers.Approver, TestUsers.Auditor, TestUsers.Administrator })
            await Host.Scenario(s => { s.Get.Url("/api/statistics/monthly?month=2025-01"); s.As(user); s.StatusCodeShouldBeOk(); });
    }

    [Fact]
    public async Task The_actor_is_the_signed_in_user_whatever_the_body_names()
    {
        ledger.Today(2025, 1, 20);
        var id = await Host.ApplyAsync();
        await Host.Scenario(s =>
        {
            s.Post.Json(new { applicantSigned = true, agencySigned = true, signedOn = "2025-01-07", signedBy = "局长" })
                .ToUrl($"/api/households/{id}/commitments");
            s.As(TestUsers.SecondCaseworker);
            s.StatusCodeShouldBeOk();
        });
        await Host.Scenario(s =>
        {
            s.Post.Json(new { assessedOn = "2025-01-13", monthlyIncome = 600m, assessedBy = "局长" }).ToUrl($"/api/households/{id}/assessments");
            s.As(TestUsers.SecondCaseworker);
            s.StatusCodeShouldBeOk();
        });
        var history = (await Host.GetJsonAsync($"/api/households/{id}/history")).AsArray();
        history[1]!.Text("actor").ShouldBe("经办员赵（caseworker-2）");
        history[2]!.Text("actor").ShouldBe("经办员赵（caseworker-2）");
        history[2]!.Text("data.assessedBy").ShouldBe("经办员赵（caseworker-2）");
    }
}
