using System.Text.Json.Nodes;
using Alba;
using Assistance.Host.Tests.Support;
using static Assistance.Host.Tests.Support.Households;

namespace Assistance.Host.Tests.Policy;

/// <summary>A new 低保标准 from July: amounts move from that month only; rolls before it stay; the roll after it pays the new amounts.</summary>
public class StandardChangeTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private IAlbaHost Host => ledger.Host;

    private async Task<JsonNode> SendAsync(Action<Scenario> request)
    {
        var result = await Host.Scenario(s => { request(s); s.StatusCodeShouldBeOk(); });
        return await result.ReadJsonNodeAsync();
    }

    private async Task<Guid> EnrolAsync(decimal income)
    {
        var id = await Host.ApplyAsync(Application(county: "140423"));
        await Host.PostAsync(id, "commitments", Commitment());
        await Host.PostAsync(id, "assessments", Assessment(monthlyIncome: income));
        await Host.PostAsync(id, "decisions", new { decision = "Approve", decidedOn = "2025-01-20", effectiveMonth = "2025-02", decidedBy = "科长赵" });
        return id;
    }

    [Fact]
    public async Task A_mid_year_standard_change_moves_amounts_from_its_month_only()
    {
        ledger.Today(2025, 6, 20);
        // Rural 585 × 3 − income, plus 分类施保 104 × 2 (grade-2 disabled spouse, child under 18).
        var first = await EnrolAsync(600m);   // 1155 + 208 = 1363
        var second = await EnrolAsync(1000m); // 755 + 208 = 963
        (await Host.GetCaseAsync(first)).Value<decimal>("monthlyAmount").ShouldBe(1363m);

        var june = await SendAsync(s => s.Post.Json(new { issuedBy = "财务钱" }).ToUrl("/api/payment-rolls/140423/2025-06"));
        june.Value<decimal>("totalAmount").ShouldBe(2326m);

        var preview = await SendAsync(s => s.Post.Json(new { effectiveFrom = "2025-07", dibaoStandardRural = 632m }).ToUrl("/api/counties/140423/policy/preview"));
        preview.Value<int>("casesChanged").ShouldBe(2);
        preview.Value<decimal>("monthlyDifference").ShouldBe(2 * 141m); // (632 − 585) × 3 persons each
        (await Host.GetCaseAsync(first)).Value<decimal>("monthlyAmount").ShouldBe(1363m); // a preview records nothing

        ledger.Today(2025, 6, 25);
        var put = await SendAsync(s => s.Put.Json(new { effectiveFrom = "2025-07", dibaoStandardRural = 632m, setBy = "县民政局" }).ToUrl("/api/counties/140423/policy"));
        put.Value<int>("recalculatedCases").ShouldBe(2);

        var body = await Host.GetCaseAsync(first);
        body.Value<decimal>("monthlyAmount").ShouldBe(1504m);
        body["segments"]!.AsArray().Select(x => (x!.Text("from"), x["to"]?.GetValue<string>(), x.Value<decimal>("monthlyAmount"), x["policyVersion"]?.GetValue<int>()))
            .ShouldBe([("2025-02", "2025-06", 1363m, (int?)0), ("2025-07", "2028-08", 1504m, (int?)1),
                // 分类施保 follows the month: the child turns 18 (September 2028), the father 60 (April 2030), the child 60 (2070)
                ("2028-09", "2030-03", 1400m, (int?)1), ("2030-04", "2070-08", 1504m, (int?)1), ("2070-09", null, 1608m, (int?)1)]);

        (await SendAsync(s => s.Get.Url("/api/payment-rolls/140423/2025-06"))).Value<decimal>("totalAmount").ShouldBe(2326m);
        var july = await SendAsync(s => s.Get.Url("/api/payment-rolls/140423/2025-07"));
        july["lines"]!.AsArray().Select(l => (l!.Value<Guid>("caseId"), l.Text("kind"), l.Value<decimal>("amount")))
            .ShouldBe([(first, "Regular", 1504m), (second, "Regular", 1104m)], ignoreOrder: true);

        var history = (await (await Host.Scenario(s => s.Get.Url($"/api/households/{second}/history"))).ReadJsonNodeAsync()).AsArray();
        history[^1]!.Text("type").ShouldBe("EntitlementRecalculated");
        // The signed-in administrator, not the setBy the body names.
        history[^1]!.Text("actor").ShouldBe("管理员周（admin）");
    }
}
