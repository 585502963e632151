using Alba;
using Assistance.Host.Tests.Support;

namespace Assistance.Host.Tests.Corrections;

/// <summary>
/// 联审联批 for corrections: the county's line (500 yuan of over- or underpayment up to the month of the correction) — below it
/// one approver's correction applies at once; above it the correction waits, the same approver cannot sign it twice, and only a
/// second approver's signature applies it and brings its 追回 lines into the next roll. Each test has a county of its own, so
/// that its case is paid by rolls no other case's test issued.
/// </summary>
public class CorrectionSecondSignatureTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private async Task DrawLineAsync(string county)
    {
        ledger.Today(2025, 1, 10);
        await ledger.Host.Scenario(s =>
        {
            s.Put.Json(new { effectiveFrom = "2024-01", correctionSecondSignatureAboveAmount = 500m }).ToUrl($"/api/counties/{county}/policy");
            s.StatusCodeShouldBeOk();
        });
    }

    [Fact]
    public async Task Below_the_line_one_approvers_correction_applies_at_once()
    {
        await DrawLineAsync("140426");
        var (id, approval, amount) = await ledger.EnrolAndPayFebruaryToAprilAsync("140426");
        ledger.Today(2025, 4, 20);
        var answer = await ledger.CorrectAsync(id, new { correctsVersion = approval, field = "MonthlyAmount", value = Yuan(amount - 100m), reason = "金额多录100元" }, TestUsers.Approver);

        answer["result"]!.Value<decimal>("difference").ShouldBe(300m); // February to April, 100 a month
        answer["result"]!.Value<bool>("awaitingSecondSignature").ShouldBeFalse();
        (await ledger.Host.GetCaseAsync(id)).Value<decimal>("monthlyAmount").ShouldBe(amount - 100m);
        var recoveries = (await ledger.RollLinesAsync(id, "2025-05", "140426")).Where(l => l.Text("kind") == "Recovery").ToList();
        recoveries.Select(l => l.Value<decimal>("amount")).ShouldBe([-100m, -100m, -100m]);
    }

    [Fact]
    public async Task Above_the_line_the_correction_waits_for_a_second_different_approver_and_only_then_reaches_the_roll()
    {
        await DrawLineAsync("140429");
        var (id, approval, amount) = await ledger.EnrolAndPayFebruaryToAprilAsync();
        ledger.Today(2025, 4, 20);
        var answer = await ledger.CorrectAsync(id, new { correctsVersion = approval, field = "MonthlyAmount", value = Yuan(amount - 300m), reason = "金额多录300元" }, TestUsers.Approver);
        var result = answer["result"]!;
        result.Value<decimal>("difference").ShouldBe(900m);
        result.Value<bool>("awaitingSecondSignature").ShouldBeTrue();
        var correctionId = result.Value<Guid>("correctionId");

        // Pending: the case, its history marks and the next roll are as before.
        var pending = await ledger.Host.GetCaseAsync(id);
        pending.Value<decimal>("monthlyAmount").ShouldBe(amount);
        pending["pendingCorrections"]!.AsArray().Single()!["correction"]!.Value<Guid>("correctionId").ShouldBe(correctionId);
        (await ledger.RollLinesAsync(id, "2025-05")).ShouldAllBe(l => l.Text("kind") == "Regular");
        var history = (await ledger.GetAsync($"/api/households/{id}/history")).AsArray();
        history.Single(h => h!.Value<long>("version") == approval)!["correctedBy"].ShouldBeNull();

        // The approver who recorded it cannot also countersign it.
        await ledger.Host.PostAsync(id, $"corrections/{correctionId}/signature", new { }, 409, TestUsers.Approver);
        (await ledger.RollLinesAsync(id, "2025-05")).ShouldAllBe(l => l.Text("kind") == "Regular");

        var signed = await ledger.Host.PostAsync(id, $"corrections/{correctionId}/signature", new { }, user: TestUsers.SecondApprover);
        var now = await ledger.Host.GetCaseAsync(id);
        now.Value<decimal>("monthlyAmount").ShouldBe(amount - 300m);
        now["pendingCorrections"]!.AsArray().ShouldBeEmpty();
        history = (await ledger.GetAsync($"/api/households/{id}/history")).AsArray();
        history.Single(h => h!.Value<long>("version") == approval)!.Value<long>("correctedBy").ShouldBe(signed);
        var data = history.Single(h => h!.Value<long>("version") == signed)!["data"]!;
        data.Text("correctedBy").ShouldContain(TestUsers.Approver.Name);
        data.Text("secondSigner").ShouldContain(TestUsers.SecondApprover.Name);
        data["secondSignature"]!.Text("sha256").Length.ShouldBe(64);

        var recoveries = (await ledger.RollLinesAsync(id, "2025-05")).Where(l => l.Text("kind") == "Recovery").ToList();
        recoveries.Select(l => l.Text("forMonth")).ShouldBe(["2025-02", "2025-03", "2025-04"]);
        recoveries.ShouldAllBe(l => l.Value<decimal>("amount") == -300m && l.Text("cause").Contains($"第 {approval} 版"));

        // Signed once, it cannot be signed again.
        await ledger.Host.PostAsync(id, $"corrections/{correctionId}/signature", new { }, 409, TestUsers.SecondApprover);
    }

    [Fact]
    public async Task A_case_changed_after_the_first_signature_cannot_be_countersigned_until_the_correction_is_signed_again()
    {
        await DrawLineAsync("140427");
        var (id, approval, amount) = await ledger.EnrolAndPayFebruaryToAprilAsync("140427");
        ledger.Today(2025, 4, 20);
        var stale = (await ledger.CorrectAsync(id, new { correctsVersion = approval, field = "MonthlyAmount", value = Yuan(amount - 300m), reason = "金额多录300元" }, TestUsers.Approver))["result"]!;
        stale.Value<bool>("awaitingSecondSignature").ShouldBeTrue();
        await ledger.Host.PostAsync(id, "temporary-assistance", new { kind = "Emergency", amount = 500m, grantedOn = "2025-04-20", reason = "火灾" });
        var before = (await ledger.Host.GetCaseAsync(id)).Value<long>("version");

        var refused = await ledger.Host.Scenario(s =>
        {
            s.Post.Json(new { }).ToUrl($"/api/households/{id}/corrections/{stale.Value<Guid>("correctionId")}/signature");
            s.As(TestUsers.SecondApprover);
            s.StatusCodeShouldBe(409);
        });
        var problem = await refused.ReadJsonNodeAsync();
        problem.Text("title").ShouldBe("更正初签后案件已变更，不能复签");
        problem.Text("detail").ShouldContain("临时救助");
        var unchanged = await ledger.Host.GetCaseAsync(id);
        unchanged.Value<long>("version").ShouldBe(before);
        unchanged.Value<decimal>("monthlyAmount").ShouldBe(amount);

        // Signed first again, the correction replaces the waiting one and can be countersigned.
        var renewed = (await ledger.CorrectAsync(id, new { correctsVersion = approval, field = "MonthlyAmount", value = Yuan(amount - 300m), reason = "金额多录300元（重新初签）" }, TestUsers.Approver))["result"]!;
        var waiting = (await ledger.Host.GetCaseAsync(id))["pendingCorrections"]!.AsArray();
        waiting.Single()!["correction"]!.Value<Guid>("correctionId").ShouldBe(renewed.Value<Guid>("correctionId"));
        await ledger.Host.PostAsync(id, $"corrections/{renewed.Value<Guid>("correctionId")}/signature", new { }, user: TestUsers.SecondApprover);
        (await ledger.Host.GetCaseAsync(id)).Value<decimal>("monthlyAmount").ShouldBe(amount - 300m);
    }

    private static string Yuan(decimal amount) => amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
