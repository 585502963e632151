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

    [Fact]
    public async Task Wages_of_a_member_who_found_work_are_disregarded_for_the_county_s_months_only_from_its_effective_month()
    {
        ledger.Today(2026, 2, 10);
        await ledger.Host.Scenario(s =>
        {
            s.Put.Json(new { effectiveFrom = "2026-03", employmentIncomeDisregardMonths = 6, reason = "就业渐退：就业后6个月内工资不计入" })
                .ToUrl("/api/counties/140428/policy");
            s.StatusCodeShouldBeOk();
        });
        object[] incomes = [new { kind = "Wages", amount = 1900m, workStartedOn = "2026-02" }, new { kind = "Transfer", amount = 300m }];

        // 2,200 yuan for three: 733.33 per person, 低保边缘; without the new job's wages 100 per person.
        (await AssessAsync("140428", "2026-02-10", incomes)).Text("result.classification").ShouldBe("Marginal");
        ledger.Today(2026, 3, 2);
        var after = await AssessAsync("140428", "2026-03-02", incomes);
        after.Text("result.classification").ShouldBe("EligibleDibao");
        after["result"]!["reasons"]!.AsArray().Select(r => r!.GetValue<string>())
            .ShouldContain("工资性收入 1900.00 元，2026年2月起就业，就业渐退期（6个月，至2026年7月）内不计入家庭收入");
    }

    [Fact]
    public async Task A_work_start_month_on_income_not_earned_by_work_or_not_a_month_is_a_400()
    {
        ledger.Today(2026, 2, 10);
        var id = await ledger.Host.ApplyAsync(Application(county: "140428", appliedOn: "2026-02-10"));
        await ledger.Host.PostAsync(id, "commitments", Commitment("2026-02-10"));
        var result = await ledger.Host.Scenario(s =>
        {
            s.Post.Json(new
            {
                assessedOn = "2026-02-10",
                incomes = new object[] { new { kind = "Transfer", amount = 300m, workStartedOn = "2026-01" }, new { kind = "Wages", amount = 300m, workStartedOn = "2026-13" } },
            }).ToUrl($"/api/households/{id}/assessments");
            s.StatusCodeShouldBe(400);
        });
        var errors = (await result.ReadJsonNodeAsync())["errors"]!.AsObject();
        errors.ContainsKey("incomes[0].workStartedOn").ShouldBeTrue();
        errors.ContainsKey("incomes[1].workStartedOn").ShouldBeTrue();
    }

    [Fact]
    public async Task A_kind_the_county_exempts_is_left_out_only_from_its_effective_month()
    {
        ledger.Today(2026, 2, 10);
        await ledger.Host.Scenario(s =>
        {
            s.Put.Json(new
            {
                effectiveFrom = "2026-03", reason = "赡养费不计入家庭收入",
                excludedIncomeKinds = new[] { "PreferentialTreatment", "FamilyPlanningAward", "Scholarship", "BraveryAward", "SocialAssistance", "BasicPensionCentral", "Transfer" },
            }).ToUrl("/api/counties/140430/policy");
            s.StatusCodeShouldBeOk();
        });
        object[] incomes = [new { kind = "Transfer", amount = 1200m }, new { kind = "Business", amount = 900m }];

        // 2,100 yuan for three: 700 per person, 低保边缘; without the transfer 300 per person.
        (await AssessAsync("140430", "2026-02-10", incomes)).Text("result.classification").ShouldBe("Marginal");
        ledger.Today(2026, 3, 2);
        (await AssessAsync("140430", "2026-03-02", incomes)).Text("result.classification").ShouldBe("EligibleDibao");
    }

    [Fact]
    public async Task A_rigid_spending_share_recognises_a_household_above_the_line_only_from_its_effective_month()
    {
        ledger.Today(2026, 2, 10);
        await ledger.Host.Scenario(s =>
        {
            s.Put.Json(new { effectiveFrom = "2026-03", rigidExpenditureShareOfIncome = 0.5m, reason = "刚性支出困难家庭认定" })
                .ToUrl("/api/counties/140431/policy");
            s.StatusCodeShouldBeOk();
        });
        var rigidSpending = new { medical = 18000m, education = 4000m };

        // 3,000 yuan for three: 1,000 per person, above the 低保边缘 line 877.50; 12,000 a year per person below 23,119;
        // 22,000 of rigid spending is 61.1 % of the year's 36,000.
        (await AssessAsync("140431", "2026-02-10", [new { kind = "Business", amount = 3000m }], rigidSpending)).Text("result.classification").ShouldBe("NotEligible");
        ledger.Today(2026, 3, 2);
        (await AssessAsync("140431", "2026-03-02", [new { kind = "Business", amount = 3000m }], rigidSpending)).Text("result.classification")
            .ShouldBe("RigidExpenditureHardship");
    }

    private async Task<System.Text.Json.Nodes.JsonNode> AssessAsync(string county, string on, object[] incomes, object? rigidSpending = null)
    {
        var id = await ledger.Host.ApplyAsync(Application(county: county, appliedOn: on));
        await ledger.Host.PostAsync(id, "commitments", Commitment(on));
        var result = await ledger.Host.Scenario(s =>
        {
            s.Post.Json(new { assessedOn = on, incomes, rigidSpending }).ToUrl($"/api/households/{id}/assessments");
            s.StatusCodeShouldBeOk();
        });
        return await result.ReadJsonNodeAsync();
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
