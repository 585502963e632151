using Alba;
using Assistance.Host.Tests.Support;

namespace Assistance.Host.Tests.Corrections;

/// <summary>
/// An approved amount found 100 yuan too low, and an exit recorded two months too late, each after the February to April rolls
/// were issued: asOf before and after the correction, effectiveOn for the months concerned, paid against due, and the 补发 or
/// 追回 lines of the next roll citing the correction. Each test has its own county, so its rolls pay only its case.
/// </summary>
public class AmountAndExitCorrectionTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    [Fact]
    public async Task An_amount_corrected_upwards_is_due_from_the_approvals_month_and_the_next_roll_pays_the_difference()
    {
        var (id, approval, amount) = await ledger.EnrolAndPayFebruaryToAprilAsync("140429");
        ledger.Today(2025, 4, 20);
        var answer = await ledger.CorrectAsync(id, new { correctsVersion = approval, field = "MonthlyAmount", value = Yuan(amount + 100m), reason = "分类施保漏计100元" }, TestUsers.Approver);
        answer["result"]!.Text("effectiveMonth").ShouldBe("2025-02");
        var correction = answer.Value<long>("version");

        (await ledger.Host.GetCaseAsync(id, "2025-04-19")).Value<decimal>("monthlyAmount").ShouldBe(amount);
        (await ledger.Host.GetCaseAsync(id, "2025-04-20")).Value<decimal>("monthlyAmount").ShouldBe(amount + 100m);
        var march = await ledger.GetAsync($"/api/households/{id}?effectiveOn=2025-03");
        march.Value<decimal>("monthlyAmount").ShouldBe(amount + 100m);
        march.Value<decimal>("knownThenAmount").ShouldBe(amount);
        march.Value<bool>("differsFromKnownThen").ShouldBeTrue();
        (await ledger.GetAsync($"/api/households/{id}?effectiveOn=2025-03&asOf=2025-04-19")).Value<decimal>("monthlyAmount").ShouldBe(amount);

        var history = (await ledger.GetAsync($"/api/households/{id}/history")).AsArray();
        history.Single(h => h!.Value<long>("version") == approval)!.Value<long>("correctedBy").ShouldBe(correction);
        history.Single(h => h!.Value<long>("version") == approval)!["data"]!.Value<decimal>("monthlyAmount").ShouldBe(amount);

        var payments = await ledger.GetAsync($"/api/households/{id}/payments");
        payments.Value<decimal>("underpaid").ShouldBe(300m);
        payments.Value<decimal>("overpaid").ShouldBe(0m);
        payments["months"]!.AsArray().Select(m => (m!.Text("month"), m.Value<decimal>("paid"), m.Value<decimal>("due")))
            .ShouldBe([("2025-02", amount, amount + 100m), ("2025-03", amount, amount + 100m), ("2025-04", amount, amount + 100m)]);

        var lines = await ledger.RollLinesAsync(id, "2025-05");
        lines.Single(l => l.Text("kind") == "Regular").Value<decimal>("amount").ShouldBe(amount + 100m);
        var backPay = lines.Where(l => l.Text("kind") == "BackPay").ToList();
        backPay.Select(l => l.Text("forMonth")).ShouldBe(["2025-02", "2025-03", "2025-04"]);
        backPay.ShouldAllBe(l => l.Value<decimal>("amount") == 100m && l.Text("cause").Contains($"第 {approval} 版"));
        lines.ShouldNotContain(l => l.Text("kind") == "Recovery");
    }

    [Fact]
    public async Task An_exit_month_moved_back_two_months_recovers_the_months_paid_after_it()
    {
        var (id, _, amount) = await ledger.EnrolAndPayFebruaryToAprilAsync("140426");
        ledger.Today(2025, 4, 10);
        var exit = await ledger.Host.PostAsync(id, "exits", new { reason = "IncomeAboveStandard", effectiveMonth = "2025-05" }, user: TestUsers.Approver);

        ledger.Today(2025, 4, 22);
        var answer = await ledger.CorrectAsync(id, new { correctsVersion = exit, field = "ExitMonth", value = "2025-03", reason = "务工收入自2月起已超过标准，退出月份应为3月" }, TestUsers.Approver);
        answer["result"]!.Text("effectiveMonth").ShouldBe("2025-03");

        (await ledger.Host.GetCaseAsync(id, "2025-04-21")).Text("exitMonth").ShouldBe("2025-05");
        (await ledger.Host.GetCaseAsync(id, "2025-04-22")).Text("exitMonth").ShouldBe("2025-03");
        (await ledger.GetAsync($"/api/households/{id}?effectiveOn=2025-04")).Value<bool>("entitled").ShouldBeFalse();
        var march = await ledger.GetAsync($"/api/households/{id}?effectiveOn=2025-03"); // known then: at the end of March
        march.Value<bool>("entitled").ShouldBeFalse();
        march.Value<decimal>("knownThenAmount").ShouldBe(amount);
        march.Value<bool>("differsFromKnownThen").ShouldBeTrue();
        (await ledger.GetAsync($"/api/households/{id}?effectiveOn=2025-02")).Value<decimal>("monthlyAmount").ShouldBe(amount);
        (await ledger.GetAsync($"/api/households/{id}?effectiveOn=2025-04&asOf=2025-04-21")).Value<bool>("entitled").ShouldBeTrue();

        var payments = await ledger.GetAsync($"/api/households/{id}/payments");
        payments.Value<decimal>("overpaid").ShouldBe(2 * amount);
        payments["months"]!.AsArray().Select(m => m!.Value<decimal>("difference")).ShouldBe([0m, -amount, -amount]);

        var lines = await ledger.RollLinesAsync(id, "2025-05", "140426");
        lines.ShouldNotContain(l => l.Text("kind") == "Regular");
        var recoveries = lines.Where(l => l.Text("kind") == "Recovery").ToList();
        recoveries.Select(l => l.Text("forMonth")).ShouldBe(["2025-03", "2025-04"]);
        recoveries.ShouldAllBe(l => l.Value<decimal>("amount") == -amount && l.Text("cause").Contains($"第 {exit} 版"));
    }

    private static string Yuan(decimal amount) => amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
