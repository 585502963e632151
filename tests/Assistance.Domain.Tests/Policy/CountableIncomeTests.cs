using NodaTime;
using NodaTime.Text;
using Assistance.Domain.Cases;
using Assistance.Domain.Policy;
using Assistance.Domain.Eligibility;

namespace Assistance.Domain.Tests.Policy;

public class CountableIncomeTests
{
    private static readonly YearMonth Month = new(2026, 1);

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
        CountableIncomeCalculator.TryCalculate(items, PolicyParameters.Defaults, Month, out var income, out var problems).ShouldBeTrue(example);
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
        CountableIncomeCalculator.TryCalculate(items, PolicyParameters.Defaults, Month, out _, out var problems).ShouldBeFalse(example);
        problems.ShouldHaveSingleItem().Index.ShouldBe(index);
        problems[0].Field.ShouldBe(field);
    }

    [Fact]
    public void A_county_may_exclude_further_kinds()
    {
        var policy = PolicyParameters.Defaults with { ExcludedIncomeKinds = [.. IncomeKinds.ExcludedNationally, IncomeKind.Transfer] };

        CountableIncomeCalculator.TryCalculate([I("Transfer", 300), I("Wages", 1000)], policy, Month, out var income, out _).ShouldBeTrue();

        income.Total.ShouldBe(1000m);
        income.Excluded.ShouldBe(300m);
        income.Explanation.ShouldContain("转移净收入 300.00 元，不计入家庭收入");
    }

    [Fact]
    public void Explains_the_wage_deduction()
    {
        CountableIncomeCalculator.TryCalculate([I("Wages", 2000), I("EmploymentCost", 300)], PolicyParameters.Defaults, Month, out var income, out _);

        income.EmploymentCostDeducted.ShouldBe(300m);
        income.Explanation.ShouldContain("工资性收入 2000.00 元，扣除必要就业成本 300.00 元后计 1700.00 元");
    }

    /// <summary>就业渐退: wages of a member who found work in 2026-01 under a county that disregards them for three months.</summary>
    public static TheoryData<string, int, string, decimal> Disregard => new()
    {
        { "no disregard granted (0 months): counted at once", 0, "2026-02", 1500m },
        { "first month of work: disregarded", 3, "2026-01", 300m },
        { "third month of work: still disregarded", 3, "2026-03", 300m },
        { "fourth month of work: counted again", 3, "2026-04", 1500m },
        { "the month before work started: counted", 3, "2025-12", 1500m },
    };

    [Theory]
    [MemberData(nameof(Disregard))]
    public void Employment_income_is_disregarded_for_the_county_s_months_from_the_month_work_started(string example, int months, string month, decimal expected)
    {
        var policy = PolicyParameters.Defaults with { EmploymentIncomeDisregardMonths = months };
        var items = new[] { new IncomeItem("Wages", 1200m, new YearMonth(2026, 1)), I("Transfer", 300) };

        CountableIncomeCalculator.TryCalculate(items, policy, YearMonthPattern.Iso.Parse(month).Value, out var income, out _).ShouldBeTrue(example);

        income.Total.ShouldBe(expected, example);
        income.Disregarded.ShouldBe(1500m - expected, example);
        income.DisregardReasons.Count.ShouldBe(expected == 300m ? 1 : 0, example);
    }

    [Fact]
    public void Explains_the_disregard()
    {
        var policy = PolicyParameters.Defaults with { EmploymentIncomeDisregardMonths = 6 };

        CountableIncomeCalculator.TryCalculate([new IncomeItem("Wages", 1200m, new YearMonth(2026, 1))], policy, new YearMonth(2026, 2), out var income, out _);

        income.DisregardReasons.ShouldHaveSingleItem().ShouldBe("工资性收入 1200.00 元，2026年1月起就业，就业渐退期（6个月，至2026年6月）内不计入家庭收入");
        income.Explanation.Last().ShouldBe("家庭月可计收入合计 0.00 元");
    }

    [Fact]
    public void Only_income_earned_by_work_takes_a_work_start_month()
    {
        CountableIncomeCalculator.TryCalculate([new IncomeItem("Transfer", 300m, new YearMonth(2026, 1))], PolicyParameters.Defaults, Month, out _, out var problems)
            .ShouldBeFalse();

        problems.ShouldHaveSingleItem().Field.ShouldBe("workStartedOn");
    }
}
