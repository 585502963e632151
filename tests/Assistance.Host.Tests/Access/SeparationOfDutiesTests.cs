using Alba;
using Assistance.Host.Access;
using Assistance.Host.Tests.Statistics;
using Assistance.Host.Tests.Support;

namespace Assistance.Host.Tests.Access;

/// <summary>联审联批: who assessed does not approve; above the county's line a decision needs two different approvers.</summary>
public class SeparationOfDutiesTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private IAlbaHost Host => ledger.Host;

    /// <summary>One person holding both roles, as in a small office.</summary>
    private static readonly LedgerUser Both = new("both", "兼职员陈", new HashSet<string> { LedgerRoles.Caseworker, LedgerRoles.Approver },
        new HashSet<string> { "*" }, null);

    [Fact]
    public async Task The_assessor_approving_the_same_case_is_409_naming_the_rule()
    {
        ledger.Today(2025, 1, 20);
        var id = await Host.ApplyAsync();
        await Host.PostAsync(id, "commitments", Households.Commitment());
        await Host.PostAsync(id, "assessments", Households.Assessment(), user: Both);

        var refused = await Host.Scenario(s =>
        {
            s.Post.Json(new { decision = "Approve" }).ToUrl($"/api/households/{id}/decisions");
            s.As(Both);
            s.StatusCodeShouldBe(409);
        });
        (await refused.ReadJsonNodeAsync()).Text("title").ShouldBe("联审联批：认定人不能审批");
        (await Host.GetCaseAsync(id)).Text("status").ShouldBe("Assessed");
        await Host.PostAsync(id, "decisions", new { decision = "Approve" }); // another approver may
        (await Host.GetCaseAsync(id)).Text("status").ShouldBe("Enrolled");
    }

    [Fact]
    public async Task Above_the_line_two_different_approvers_sign_and_the_first_alone_pays_nothing()
    {
        ledger.Today(2025, 1, 20);
        await Host.Scenario(s =>
        {
            s.Put.Json(new { effectiveFrom = "2024-01", secondApprovalAboveAmount = 500m }).ToUrl("/api/counties/140426/policy");
            s.StatusCodeShouldBeOk();
        });
        var id = await Host.ApplyAsync(Households.Application(county: "140426"));
        await Host.PostAsync(id, "commitments", Households.Commitment());
        await Host.PostAsync(id, "assessments", Households.Assessment(monthlyIncome: 600m));

        await Host.Scenario(s =>
        {
            s.Post.Json(new { decision = "Approve" }).ToUrl($"/api/households/{id}/decisions");
            s.As(TestUsers.Approver);
            s.StatusCodeShouldBeOk();
        });
        var pending = await Host.GetCaseAsync(id);
        pending.Text("status").ShouldBe("Assessed");
        pending.Value<decimal>("monthlyAmount").ShouldBe(0m);
        pending["segments"]!.AsArray().Count.ShouldBe(0);
        var firstTerms = pending["awaitingSecondApproval"]!;
        firstTerms.Text("terms.decidedBy").ShouldBe("审批员王（approver）");
        firstTerms.Text("signature.sha256").Length.ShouldBe(64);
        var amount = firstTerms.Value<decimal>("terms.monthlyAmount");
        amount.ShouldBeGreaterThan(500m);

        await Host.Scenario(s =>
        {
            s.Post.Json(new { decision = "Approve" }).ToUrl($"/api/households/{id}/decisions");
            s.As(TestUsers.Approver);
            s.StatusCodeShouldBe(409);
        });
        await Host.Scenario(s =>
        {
            s.Post.Json(new { decision = "Approve" }).ToUrl($"/api/households/{id}/decisions");
            s.As(TestUsers.SecondApprover);
            s.StatusCodeShouldBeOk();
        });
        var enrolled = await Host.GetCaseAsync(id);
        enrolled.Text("status").ShouldBe("Enrolled");
        enrolled.Value<decimal>("monthlyAmount").ShouldBe(amount);
        enrolled["awaitingSecondApproval"].ShouldBeNull();

        var history = (await Host.GetJsonAsync($"/api/households/{id}/history")).AsArray();
        var signed = history.Single(e => e!.Text("type") == "FirstApprovalSigned")!;
        signed.Text("actor").ShouldBe("审批员王（approver）");
        var approved = history.Single(e => e!.Text("type") == "EnrolmentApproved")!;
        approved.Value<long>("version").ShouldBe(signed.Value<long>("version") + 1);
        approved.Text("actor").ShouldBe("审批员刘（approver-2）");
        approved.Text("data.signature.signer").ShouldBe("审批员王（approver）");
        approved.Text("data.secondSignature.signer").ShouldBe("审批员刘（approver-2）");
    }
}
