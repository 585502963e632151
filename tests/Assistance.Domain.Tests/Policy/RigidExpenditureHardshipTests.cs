using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using static Assistance.Domain.Tests.Policy.People;
using Assistance.Domain.Policy;
using Assistance.Domain.Eligibility;

namespace Assistance.Domain.Tests.Policy;

/// <summary>
/// 刚性支出困难家庭 (N9 Art.4) for an urban family of three (低保边缘 line 1170 × 3 = 3510 a month; last year's urban
/// per-capita disposable income 54,188) under a county share of 50 %.
/// </summary>
public class RigidExpenditureHardshipTests
{
    private static readonly PolicyParameters HalfOfIncome = PolicyParameters.Defaults with { RigidExpenditureShareOfIncome = 0.5m };

    public static TheoryData<string, decimal, decimal, decimal, HouseholdClassification> Examples => new()
    {
        { "income 4000 (48,000 a year, 16,000 per head); medical 20,000 + education 6,000 = 54.2 % > 50 % → 刚性支出困难", 4000m, 20000m, 6000m, HouseholdClassification.RigidExpenditureHardship },
        { "income 4000; rigid spending 24,000 = exactly 50 % is not above it → not eligible", 4000m, 18000m, 6000m, HouseholdClassification.NotEligible },
        { "income 14,000 (56,000 per head a year ≥ 54,188); spending 100,000 → not eligible", 14000m, 100000m, 0m, HouseholdClassification.NotEligible },
        { "income 3000 → 低保边缘 first; the rigid test is for households that are none of 低保、特困、边缘", 3000m, 30000m, 0m, HouseholdClassification.Marginal },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Recognises_a_household_that_is_none_of_the_others_whose_rigid_spending_exceeds_the_county_share(
        string example, decimal income, decimal medical, decimal education, HouseholdClassification expected)
    {
        var household = Urban(WorkingAdults(3)).Earning(income);

        EligibilityAssessor.Assess(household, June2025, HalfOfIncome, new RigidSpending(Medical: medical, Education: education))
            .Classification.ShouldBe(expected, example);
    }

    [Fact]
    public void Assets_over_the_limits_bar_the_recognition()
    {
        var household = Urban(WorkingAdults(3)).Earning(4000m, assets: new Assets(Deposits: 10_000_000));

        EligibilityAssessor.Assess(household, June2025, HalfOfIncome, new RigidSpending(Medical: 40000m)).Classification
            .ShouldBe(HouseholdClassification.NotEligible);
    }

    [Fact]
    public void Without_a_county_share_no_household_is_recognised_and_the_reason_says_so()
    {
        var assessment = EligibilityAssessor.Assess(Urban(WorkingAdults(3)).Earning(4000m), June2025, PolicyParameters.Defaults,
            new RigidSpending(Medical: 40000m));

        assessment.Classification.ShouldBe(HouseholdClassification.NotEligible);
        assessment.Reasons.Last().ShouldEndWith("本县未规定刚性支出占家庭收入的比例，暂不认定刚性支出困难家庭");
    }
}
