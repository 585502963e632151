using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using static Assistance.Domain.Tests.Policy.People;
using Assistance.Domain.Policy;
using Assistance.Domain.Eligibility;

namespace Assistance.Domain.Tests.Policy;

public class EligibilityAssessorTests
{
    private static Assessment Assess(HouseholdCircumstances household) =>
        EligibilityAssessor.Assess(household, June2025, PolicyParameters.Defaults);

    // Three working-age adults in town: 低保 line 780 × 3 = 2340, 低保边缘 line 1170 × 3 = 3510.
    public static TheoryData<string, decimal, decimal, HouseholdClassification> UrbanFamilyOfThree => new()
    {
        { "income 1560 → 520.00 per head < 780 → 低保", 1560m, 0m, HouseholdClassification.EligibleDibao },
        { "income 2339.99 → one cent below the line in total → 低保", 2339.99m, 0m, HouseholdClassification.EligibleDibao },
        { "income 2340 → exactly 780 per head is not below → 边缘", 2340m, 0m, HouseholdClassification.Marginal },
        { "income 2340.01 → just above the line → 边缘", 2340.01m, 0m, HouseholdClassification.Marginal },
        { "income 3509.99 → just below 1.5× → 边缘", 3509.99m, 0m, HouseholdClassification.Marginal },
        { "income 3510 → exactly 1170 per head → not eligible", 3510m, 0m, HouseholdClassification.NotEligible },
        { "income 3510.01 → above 1.5× → not eligible", 3510.01m, 0m, HouseholdClassification.NotEligible },
        { "income 2600 − rigid 300 = 2300 → 766.66 per head → 低保", 2600m, 300m, HouseholdClassification.EligibleDibao },
        { "income 3600 − rigid 100 = 3500 → 1166.66 per head → 边缘", 3600m, 100m, HouseholdClassification.Marginal },
    };

    [Theory]
    [MemberData(nameof(UrbanFamilyOfThree))]
    public void Classifies_by_per_capita_income_against_the_standard_and_the_marginal_line(
        string example, decimal income, decimal rigid, HouseholdClassification expected)
    {
        Assess(Urban(WorkingAdults(3)).Earning(income, rigid)).Classification.ShouldBe(expected, example);
    }

    [Theory]
    [InlineData("rural couple, income 1169.99 → 584.99 per head < 585 → 低保", 1169.99, HouseholdClassification.EligibleDibao)]
    [InlineData("rural couple, income 1170 → exactly 585 per head → 边缘", 1170, HouseholdClassification.Marginal)]
    [InlineData("rural couple, income 1755 → exactly 877.50 per head = 1.5 × 585 → not eligible", 1755, HouseholdClassification.NotEligible)]
    public void Rural_households_use_the_rural_standard(string example, decimal income, HouseholdClassification expected)
    {
        Assess(Rural(WorkingAdults(2)).Earning(income)).Classification.ShouldBe(expected, example);
    }

    [Fact]
    public void Gives_the_per_capita_figure_and_the_reason_in_chinese()
    {
        var assessment = Assess(Urban(WorkingAdults(3)).Earning(1560m));

        assessment.PerCapitaIncome.ShouldBe(520m);
        assessment.Reasons.ShouldContain("家庭月人均收入 520.00 元，低于城市低保标准 780 元，符合低保条件");
    }

    [Fact]
    public void Per_capita_income_is_cut_to_the_fen_so_a_household_just_below_never_shows_the_line()
    {
        // 2339.99 / 3 = 779.9966…: shown as 779.99, never as 780.00.
        Assess(Urban(WorkingAdults(3)).Earning(2339.99m)).PerCapitaIncome.ShouldBe(779.99m);
    }

    [Fact]
    public void Rigid_expenditure_above_income_leaves_per_capita_income_at_zero()
    {
        var assessment = Assess(Urban(WorkingAdults(2)).Earning(500m, rigid: 800m));

        assessment.NetMonthlyIncome.ShouldBe(0m);
        assessment.Classification.ShouldBe(HouseholdClassification.EligibleDibao);
    }

    // Deposit limit for three urban persons: 12 × 780 × 3 = 28080.
    [Theory]
    [InlineData("deposits 28080 exactly at the limit → still 低保", 28080, 0, HouseholdClassification.EligibleDibao)]
    [InlineData("deposits 28080.01 → over the limit → not eligible", 28080.01, 0, HouseholdClassification.NotEligible)]
    [InlineData("vehicle worth 50000.01 → over the limit → not eligible", 0, 50000.01, HouseholdClassification.NotEligible)]
    public void Assets_above_the_limits_make_the_household_not_eligible(
        string example, decimal deposits, decimal vehicles, HouseholdClassification expected)
    {
        var assessment = Assess(Urban(WorkingAdults(3)).Earning(1000m, assets: new Assets(Deposits: deposits, Vehicles: vehicles)));

        assessment.Classification.ShouldBe(expected, example);
        assessment.AssetsWithinLimits.ShouldBe(expected != HouseholdClassification.NotEligible);
    }

    [Fact]
    public void Explains_which_asset_limit_was_exceeded()
    {
        var assessment = Assess(Urban(WorkingAdults(3)).Earning(1000m, assets: new Assets(Deposits: 30000m)));

        assessment.Reasons.ShouldContain("存款等金融资产 30000.00 元，超过限额 28080 元（12个月城市低保标准 × 3 人）");
    }

    public static TheoryData<string, Member[], decimal, int> TekunHouseholds => new()
    {
        { "a 70-year-old alone, no income → 特困", [Aged(70)], 0m, 1 },
        { "a 68-year-old grandmother and a 10-year-old grandchild → both 特困", [Aged(68), Aged(10)], 0m, 2 },
        { "a 40-year-old recorded without work capacity, alone → 特困", [Aged(40, capacity: LaborCapacity.None)], 0m, 1 },
    };

    [Theory]
    [MemberData(nameof(TekunHouseholds))]
    public void Recognises_tekun_members(string example, Member[] members, decimal income, int tekunCount)
    {
        var assessment = Assess(Urban(members).Earning(income));

        assessment.Classification.ShouldBe(HouseholdClassification.EligibleTekun, example);
        assessment.TekunEligibleIdNumbers.Count.ShouldBe(tekunCount, example);
    }

    [Fact]
    public void Gives_each_tekun_members_ground_in_the_reasons()
    {
        var assessment = Assess(Urban(Aged(68, "李奶奶"), Aged(10, "小明")).Earning(300m));

        assessment.Reasons.ShouldContain(
            "小明（未满16周岁）无劳动能力，家庭中无有履行能力的法定赡养、抚养、扶养义务人，家庭月人均收入 150.00 元低于城市低保标准 780 元（无生活来源），符合特困人员认定条件");
    }

    public static TheoryData<string, Member[], decimal, HouseholdClassification> NotTekun => new()
    {
        { "a 70-year-old living with an able 40-year-old son → 低保, not 特困", [Aged(70), Aged(40)], 0m, HouseholdClassification.EligibleDibao },
        { "a 70-year-old alone with 1100 = the 特困 standard → 边缘", [Aged(70)], 1100m, HouseholdClassification.Marginal },
        { "a 70-year-old whose 40-year-old son works partly → an able supporter → 低保", [Aged(70), Aged(40, capacity: LaborCapacity.Partial)], 0m, HouseholdClassification.EligibleDibao },
        { "N3 Art.8: a seriously ill 45-year-old son is not by that alone unable to support his 70-year-old mother → 低保", [Aged(70), Aged(45, seriousIllness: true)], 0m, HouseholdClassification.EligibleDibao },
        { "N3 Art.6: a 70-year-old alone with 800, above the 低保标准 780 but below the 特困 standard 1100, has a livelihood → 边缘", [Aged(70)], 800m, HouseholdClassification.Marginal },
        { "N3 Art.6: a 70-year-old alone with exactly the 低保标准 780 → not below it → 边缘", [Aged(70)], 780m, HouseholdClassification.Marginal },
    };

    [Theory]
    [MemberData(nameof(NotTekun))]
    public void Does_not_recognise_tekun_with_an_able_supporter_or_a_livelihood(
        string example, Member[] members, decimal income, HouseholdClassification expected)
    {
        var assessment = Assess(Urban(members).Earning(income));

        assessment.Classification.ShouldBe(expected, example);
        assessment.TekunEligibleIdNumbers.ShouldBeEmpty();
    }

    // Household of three in the 边缘 band (income 3000 → 1000 per head, between 780 and 1170).
    public static TheoryData<string, Member, decimal, bool> SinglePersonCandidates => new()
    {
        { "grade 1 disability in a 边缘 household → 单人保", Aged(30, disability: Disability.Grade1), 3000m, true },
        { "grade 2 disability in a 边缘 household → 单人保", Aged(30, disability: Disability.Grade2), 3000m, true },
        { "grade 3 without work capacity (intellectual/mental proxy) → 单人保", Aged(30, disability: Disability.Grade3, capacity: LaborCapacity.None), 3000m, true },
        { "grade 3 able to work → not", Aged(30, disability: Disability.Grade3), 3000m, false },
        { "grade 4 → not", Aged(30, disability: Disability.Grade4, capacity: LaborCapacity.None), 3000m, false },
        { "seriously ill in a 边缘 household → 单人保", Aged(50, seriousIllness: true), 3000m, true },
        { "seriously ill, household below the line (income 2000) → the whole household is 低保 instead", Aged(50, seriousIllness: true), 2000m, false },
        { "seriously ill, household at 1.5× (income 3510) → not", Aged(50, seriousIllness: true), 3510m, false },
    };

    [Theory]
    [MemberData(nameof(SinglePersonCandidates))]
    public void Single_person_enrolment_is_offered_to_severely_disabled_or_ill_members_of_marginal_households(
        string example, Member candidate, decimal income, bool offered)
    {
        var assessment = Assess(Urban([candidate, .. WorkingAdults(2)]).Earning(income));

        assessment.SinglePersonCandidateIdNumbers.Contains(candidate.IdNumber).ShouldBe(offered, example);
    }

    [Fact]
    public void Names_the_single_person_candidate_in_the_reasons()
    {
        var candidate = Aged(30, "王五", Disability.Grade1);

        var assessment = Assess(Urban([candidate, .. WorkingAdults(2)]).Earning(3000m));

        assessment.Classification.ShouldBe(HouseholdClassification.Marginal);
        assessment.Reasons.ShouldContain("王五（一级残疾）所在家庭属低保边缘家庭，可单独申请低保（单人保）");
    }
}
