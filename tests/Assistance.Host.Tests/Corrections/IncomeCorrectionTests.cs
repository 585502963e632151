using System.Text.Json.Nodes;
using Alba;
using Assistance.Host.Tests.Support;
using static Assistance.Host.Tests.Support.Households;

namespace Assistance.Host.Tests.Corrections;

/// <summary>
/// An income figure mistyped at the assessment (600 instead of 900) is found three months of payments later: the correction
/// names the assessment, the earlier event stays as recorded, and the months already paid become 追回 lines of the next roll.
/// </summary>
public class IncomeCorrectionTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private async Task<JsonNode> GetAsync(string url) => await (await ledger.Host.Scenario(s =>
    {
        s.Get.Url(url);
        if (url.EndsWith("/payments")) s.As(TestUsers.Auditor);
        s.StatusCodeShouldBeOk();
    })).ReadJsonNodeAsync();

    private Task IssueAsync(string month) => ledger.Host.Scenario(s =>
    {
        s.Post.Json(new { issuedBy = "财务钱" }).ToUrl($"/api/payment-rolls/140429/{month}");
        s.StatusCodeShouldBeOk();
    });

    [Fact]
    public async Task A_correction_of_an_income_three_months_back_changes_the_months_paid_and_recovers_the_overpayment_in_the_next_roll()
    {
        ledger.Today(2025, 1, 20);
        var id = await ledger.Host.ApplyAsync(Application(Guid.NewGuid()));
        await ledger.Host.PostAsync(id, "commitments", Commitment());
        var assessment = await ledger.Host.PostAsync(id, "assessments", Assessment(monthlyIncome: 600m));
        await ledger.Host.PostAsync(id, "decisions", new { decision = "Approve", effectiveMonth = "2025-02", decidedBy = "科长赵" });
        var original = (await ledger.Host.GetCaseAsync(id)).Value<decimal>("monthlyAmount");

        ledger.Today(2025, 1, 25); await IssueAsync("2025-02");
        ledger.Today(2025, 2, 25); await IssueAsync("2025-03");
        ledger.Today(2025, 3, 25); await IssueAsync("2025-04");

        ledger.Today(2025, 4, 20);
        var correction = await (await ledger.Host.Scenario(s =>
        {
            s.Post.Json(new { correctsVersion = assessment, field = "MonthlyIncome", value = "900", reason = "工资收入录入错误，应为900元", correctedBy = "科长赵" })
                .ToUrl($"/api/households/{id}/corrections");
            s.As(TestUsers.Approver);
            s.StatusCodeShouldBeOk();
        })).ReadJsonNodeAsync();
        var corrected = original - 300m;
        correction["result"]!.Value<decimal>("monthlyAmount").ShouldBe(corrected);
        correction["result"]!.Text("effectiveMonth").ShouldBe("2025-02");
        var correctionVersion = correction.Value<long>("version");

        // asOf: what was known the day before, and now.
        (await ledger.Host.GetCaseAsync(id, "2025-04-19")).Value<decimal>("monthlyAmount").ShouldBe(original);
        (await ledger.Host.GetCaseAsync(id, "2025-04-20")).Value<decimal>("monthlyAmount").ShouldBe(corrected);

        // effectiveOn: March by everything known now, beside what was known at the end of March.
        var march = await GetAsync($"/api/households/{id}?effectiveOn=2025-03");
        march.Value<decimal>("monthlyAmount").ShouldBe(corrected);
        march.Value<decimal>("knownThenAmount").ShouldBe(original);
        march.Value<bool>("differsFromKnownThen").ShouldBeTrue();
        march["corrections"]!.AsArray().Single()!.Value<long>("correctsVersion").ShouldBe(assessment);
        (await GetAsync($"/api/households/{id}?effectiveOn=2025-03&asOf=2025-04-19")).Value<decimal>("monthlyAmount").ShouldBe(original);
        (await GetAsync($"/api/households/{id}?effectiveOn=2025-01")).Value<bool>("entitled").ShouldBeFalse();

        // The assessment stays as recorded, marked as corrected by the correction.
        var history = (await GetAsync($"/api/households/{id}/history")).AsArray();
        history.Single(h => h!.Value<long>("version") == assessment)!["data"]!.Value<decimal>("monthlyIncome").ShouldBe(600m);
        history.Single(h => h!.Value<long>("version") == assessment)!.Value<long>("correctedBy").ShouldBe(correctionVersion);

        // Overpaid 300 a month for February to April.
        var payments = await GetAsync($"/api/households/{id}/payments");
        payments.Value<decimal>("overpaid").ShouldBe(900m);
        payments["months"]!.AsArray().Select(m => m!.Value<decimal>("difference")).ShouldBe([-300m, -300m, -300m]);

        // The next roll recovers it, each line citing the correction.
        var may = await GetAsync("/api/payment-rolls/140429/2025-05");
        var lines = may["lines"]!.AsArray().Where(l => l!.Value<Guid>("caseId") == id).ToList();
        lines.Where(l => l!.Text("kind") == "Regular").Single()!.Value<decimal>("amount").ShouldBe(corrected);
        var recoveries = lines.Where(l => l!.Text("kind") == "Recovery").ToList();
        recoveries.Select(l => l!.Text("forMonth")).ShouldBe(["2025-02", "2025-03", "2025-04"]);
        recoveries.ShouldAllBe(l => l!.Value<decimal>("amount") == -300m);
        recoveries.ShouldAllBe(l => l!.Text("cause").Contains($"第 {assessment} 版"));

        // The auditors' list of recoveries of the county and period.
        var listed = await GetAsync("/api/audit/recoveries?countyCode=140429&from=2025-01&to=2025-12");
        listed.Value<decimal>("total").ShouldBe(-900m);
        listed["recoveries"]!.AsArray().ShouldAllBe(r => r!.Value<bool>("issued") == false && r.Text("rollMonth") == "2025-05");

        // Issued, the recovery is in the roll and no longer pending.
        ledger.Today(2025, 4, 25); await IssueAsync("2025-05");
        (await GetAsync($"/api/households/{id}/payments")).Value<decimal>("overpaid").ShouldBe(0m);
        var after = await GetAsync("/api/audit/recoveries?countyCode=140429&from=2025-01&to=2025-12");
        after["recoveries"]!.AsArray().Select(r => r!.Value<bool>("issued")).ShouldBe([true, true, true]);
        string Recovered(JsonNode? r) => $"{r!.Text("rollMonth")}|{r.Text("caseId")}|{r.Text("headName")}|{r.Text("forMonth")}|{r.Value<decimal>("amount")}|{r.Text("cause")}";
        after["recoveries"]!.AsArray().Select(Recovered).ShouldBe(listed["recoveries"]!.AsArray().Select(Recovered), "the issued roll recovered what was pending");
    }

    [Fact]
    public async Task A_correction_naming_an_event_without_that_figure_or_a_version_the_case_lacks_is_refused()
    {
        ledger.Today(2025, 1, 20);
        var id = await ledger.Host.ApplyAsync(Application(Guid.NewGuid()));
        await ledger.Host.PostAsync(id, "commitments", Commitment());
        await ledger.Host.PostAsync(id, "corrections", new { correctsVersion = 2, field = "MonthlyIncome", value = "900", reason = "x" }, 409, TestUsers.Approver);
        await ledger.Host.PostAsync(id, "corrections", new { correctsVersion = 9, field = "MonthlyIncome", value = "900", reason = "x" }, 409, TestUsers.Approver);
        await ledger.Host.PostAsync(id, "corrections", new { correctsVersion = 1, field = "Income", value = "abc" }, 400, TestUsers.Approver);
    }
}
