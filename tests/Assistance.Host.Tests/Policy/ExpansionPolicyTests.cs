using System.Text.Json.Nodes;
using Alba;
using Assistance.Host.Tests.Support;
using static Assistance.Host.Tests.Support.Households;

namespace Assistance.Host.Tests.Policy;

/// <summary>The article's loosening of the income test as a county parameter, in force only from its month (rural standard 585).</summary>
public class ExpansionPolicyTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    [Fact]
    public async Task An_employment_cost_deduction_share_makes_a_household_eligible_only_from_its_effective_month()
    {
        ledger.Today(2026, 2, 10);
        await ledger.Host.Scenario(s =>
        {
            s.Put.Json(new { effectiveFrom = "2026-03", employmentCostDeductionShare = 0.1m, reason = "适度放宽家庭经济状况认定标准" })
                .ToUrl("/api/counties/140426/policy");
            s.StatusCodeShouldBeOk();
        });

        // 1,900 yuan of wages for three: 633.33 per person before the deduction, 570 after 10 % of it.
        (await ClassifyAsync("2026-02-10")).ShouldBe("Marginal");
        ledger.Today(2026, 3, 2);
        (await ClassifyAsync("2026-03-02")).ShouldBe("EligibleDibao");
    }

    [Fact]
    public async Task An_extra_single_person_ground_lets_a_grade_3_member_apply_alone_only_from_its_effective_month()
    {
        ledger.Today(2026, 2, 10);
        await ledger.Host.Scenario(s =>
        {
            s.Put.Json(new { effectiveFrom = "2026-03", extraSinglePersonGrounds = new[] { "Grade3Disability" }, reason = "扩大单独申请救助范围" })
                .ToUrl("/api/counties/140427/policy");
            s.StatusCodeShouldBeOk();
        });

        (await SingleCandidatesAsync("2026-02-10")).ShouldBe(0);
        ledger.Today(2026, 3, 2);
        (await SingleCandidatesAsync("2026-03-02")).ShouldBe(1);
    }

    /// <summary>A 低保边缘 household (2,000 yuan for three) whose one disabled member is grade 3 and can partly work.</summary>
    private async Task<int> SingleCandidatesAsync(string on)
    {
        var id = await ledger.Host.ApplyAsync(new
        {
            countyCode = "140427", township = "龙泉镇", residence = "Rural", program = "Dibao", appliedOn = on,
            members = new object[]
            {
                new { name = "赵一", idNumber = Id("140427", "19700101", "011"), relation = "Self" },
                new { name = "钱二", idNumber = Id("140427", "19720202", "022"), relation = "Spouse", disability = "Grade3", laborCapacity = "Partial" },
                new { name = "赵三", idNumber = Id("140427", "20050303", "033"), relation = "Child" },
            },
        });
        await ledger.Host.PostAsync(id, "commitments", Commitment(on));
        var result = await ledger.Host.Scenario(s =>
        {
            s.Post.Json(new { assessedOn = on, monthlyIncome = 2000m }).ToUrl($"/api/households/{id}/assessments");
            s.StatusCodeShouldBeOk();
        });
        var body = await result.ReadJsonNodeAsync();
        body.Text("result.classification").ShouldBe("Marginal");
        return body["result"]!["singlePersonCandidateIdNumbers"]!.AsArray().Count;
    }

    private async Task<string> ClassifyAsync(string on)
    {
        var id = await ledger.Host.ApplyAsync(Application(county: "140426", appliedOn: on));
        await ledger.Host.PostAsync(id, "commitments", Commitment(on));
        var result = await ledger.Host.Scenario(s =>
        {
            s.Post.Json(new { assessedOn = on, incomes = new object[] { new { kind = "Wages", amount = 1900m } } }).ToUrl($"/api/households/{id}/assessments");
            s.StatusCodeShouldBeOk();
        });
        return (await result.ReadJsonNodeAsync()).Text("result.classification");
    }
}
