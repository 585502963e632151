using Assistance.Domain.Cases;
using Assistance.Domain.Policy;
using Assistance.Domain.Eligibility;

namespace Assistance.Domain.Tests.Policy;

public class CountableIncomeTests
{
    private static IncomeItem I(string kind, decimal amount) => new(kind, amount);

    public static TheoryData<string, IncomeItem[], decimal> Counted => new()
    {
        { "wages 2000 → 2000", [I("Wages", 2000)], 2000m },
        { "wages 2000 − employment cost 300 → 1700", [I("Wages", 2000), I("EmploymentCost", 300)], 1700m },
        { "employment cost 300 > wages 200: deduction capped at wages, business 500 stays → 500", [I("Wages", 200), I("EmploymentCost", 300), I("Business", 500)], 500m },
        { "property 100 + transfer 200 + other 50 + business 600 → 950", [I("Property", 100), I("Transfer", 200), I("Other", 50), I("Business", 600)], 950m },
        { "kind names ignore case: 'wages' 800 → 800", [I("wages", 800)], 800m },
        { "优待抚恤金 400 excluded, business 600 → 600", [I("PreferentialTreatment", 400), I("Business", 600)], 600m },
        { "计划生育奖励 400 excluded, business 600 → 600", [I("FamilyPlanningAward", 400), I("Business", 600)], 600m },
        { "奖学金 400 excluded, business 600 → 600", [I("Scholarship", 400), I("Business", 600)], 600m },
        { "见义勇为 400 excluded, business 600 → 600", [I("BraveryAward", 400), I("Business", 600)], 600m },
        { "社会救助金 400 excluded, business 600 → 600", [I("SocialAssistance", 400), I("Business", 600)], 600m },
        { "基础养老金 143 excluded, transfer 600 → 600", [I("BasicPensionCentral", 143), I("Transfer", 600)], 600m },
        { "no items → 0", [], 0m },
    };

    [Theory]
    [MemberData(nameof(Counted))]
    public void Counts_included_kinds_and_deducts_employment_costs(string example, IncomeItem[] items, decimal expected)
    {
        CountableIncomeCalculator.TryCalculate(items, PolicyParameters.Defaults, out var income, out var problems).ShouldBeTrue(example);
        problems.ShouldBeEmpty();
        income.Total.ShouldBe(expected, example);
        income.Explanation.Last().ShouldBe($"家庭月可计收入合计 {expected:0.00} 元");
    }

    public static TheoryData<string, IncomeItem[], int, string> Refused => new()
    {
        { "unknown kind 'Lottery'", [I("Wages", 100), I("Lottery", 50)], 1, "kind" },
        { "a number is not a kind", [I("0", 50)], 0, "kind" },
        { "negative business income", [I("Business", -200)], 0, "amount" },
        { "negative employment cost", [I("Wages", 1000), I("EmploymentCost", -100)], 1, "amount" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Refuses_unknown_kinds_and_negative_amounts(string example, IncomeItem[] items, int index, string field)
    {
        CountableIncomeCalculator.TryCalculate(items, PolicyParameters.Defaults, out _, out var problems).ShouldBeFalse(example);
        problems.ShouldHaveSingleItem().Index.ShouldBe(index);
        problems[0].Field.ShouldBe(field);
    }

    [Fact]
    public void A_county_may_exclude_further_kinds()
    {
        var policy = PolicyParameters.Defaults with { ExcludedIncomeKinds = [.. IncomeKinds.ExcludedNationally, IncomeKind.Transfer] };

        CountableIncomeCalculator.TryCalculate([I("Transfer", 300), I("Wages", 1000)], policy, out var income, out _).ShouldBeTrue();

        income.Total.ShouldBe(1000m);
        income.Excluded.ShouldBe(300m);
        income.Explanation.ShouldContain("转移净收入 300.00 元，不计入家庭收入");
    }

    [Fact]
    public void Explains_the_wage_deduction()
    {
        CountableIncomeCalculator.TryCalculate([I("Wages", 2000), I("EmploymentCost", 300)], PolicyParameters.Defaults, out var income, out _);

        income.EmploymentCostDeducted.ShouldBe(300m);
        income.Explanation.ShouldContain("工资性收入 2000.00 元，扣除必要就业成本 300.00 元后计 1700.00 元");
    }
}
