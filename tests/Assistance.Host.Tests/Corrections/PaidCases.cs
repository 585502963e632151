using System.Text.Json.Nodes;
using Alba;
using Assistance.Host.Access;
using Assistance.Host.Tests.Support;
using static Assistance.Host.Tests.Support.Households;

namespace Assistance.Host.Tests.Corrections;

/// <summary>A 低保 case enrolled from February 2025 whose February to April rolls were issued, and the calls the correction tests make on it.</summary>
public static class PaidCases
{
    /// <returns>The case, the version of its approval and the amount approved.</returns>
    public static async Task<(Guid Id, long Approval, decimal Amount)> EnrolAndPayFebruaryToAprilAsync(this LedgerFixture ledger, string county = "140429")
    {
        ledger.Today(2025, 1, 20);
        var id = await ledger.Host.ApplyAsync(Application(Guid.NewGuid(), county));
        await ledger.Host.PostAsync(id, "commitments", Commitment());
        await ledger.Host.PostAsync(id, "assessments", Assessment(monthlyIncome: 600m));
        var approval = await ledger.Host.PostAsync(id, "decisions", new { decision = "Approve", effectiveMonth = "2025-02" }, user: TestUsers.Approver);
        var amount = (await ledger.Host.GetCaseAsync(id)).Value<decimal>("monthlyAmount");
        foreach (var (day, month) in new[] { (new DateOnly(2025, 1, 25), "2025-02"), (new DateOnly(2025, 2, 25), "2025-03"), (new DateOnly(2025, 3, 25), "2025-04") })
        {
            ledger.Today(day.Year, day.Month, day.Day);
            await ledger.IssueRollAsync(county, month);
        }
        return (id, approval, amount);
    }

    /// <summary>Issues the county's roll of the month, unless an earlier case of the test class issued it already.</summary>
    public static async Task IssueRollAsync(this LedgerFixture ledger, string county, string month)
    {
        var roll = await ledger.GetAsync($"/api/payment-rolls/{county}/{month}");
        if (roll.Value<bool>("issued")) return;
        await ledger.Host.Scenario(s =>
        {
            s.Post.Json(new { issuedBy = "财务钱" }).ToUrl($"/api/payment-rolls/{county}/{month}");
            s.As(TestUsers.Approver);
            s.StatusCodeShouldBeOk();
        });
    }

    public static async Task<JsonNode> GetAsync(this LedgerFixture ledger, string url, LedgerUser? user = null) => await (await ledger.Host.Scenario(s =>
    {
        s.Get.Url(url);
        s.As(user ?? TestUsers.Auditor);
        s.StatusCodeShouldBeOk();
    })).ReadJsonNodeAsync();

    public static async Task<JsonNode> CorrectAsync(this LedgerFixture ledger, Guid id, object body, LedgerUser user, int status = 200) =>
        await (await ledger.Host.Scenario(s =>
        {
            s.Post.Json(body).ToUrl($"/api/households/{id}/corrections");
            s.As(user);
            s.StatusCodeShouldBe(status);
        })).ReadJsonNodeAsync();

    /// <summary>The case's lines of a roll (a draft, or issued).</summary>
    public static async Task<List<JsonNode>> RollLinesAsync(this LedgerFixture ledger, Guid id, string month, string county = "140429") =>
        (await ledger.GetAsync($"/api/payment-rolls/{county}/{month}"))["lines"]!.AsArray().Where(l => l!.Value<Guid>("caseId") == id).Select(l => l!).ToList();
}
