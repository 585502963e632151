using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using NodaTime;
using static Assistance.Domain.Tests.Policy.People;
using Assistance.Domain.Policy;
using Assistance.Domain.Eligibility;
using Assistance.Domain.Amounts;

namespace Assistance.Domain.Tests.Policy;

public class DibaoAmountTests
{
    private static BenefitAmount Amount(HouseholdCircumstances household, PolicyParameters? policy = null) =>
        DibaoAmount.ForHousehold(household, June2025, policy ?? PolicyParameters.Defaults);

    // Three working-age urban adults (no 分类施保): 780 × 3 = 2340 minus income.
    public static TheoryData<string, decimal, decimal, RoundingMode, decimal> Difference => new()
    {
        { "2340 − 1000 = 1340", 1000m, 0m, RoundingMode.CeilingYuan, 1340m },
        { "2340 − 1000.40 = 1339.60 → ceil 1340", 1000.40m, 0m, RoundingMode.CeilingYuan, 1340m },
        { "2340 − 1000.99 = 1339.01 → ceil 1340", 1000.99m, 0m, RoundingMode.CeilingYuan, 1340m },
        { "2340 − 1000.60 = 1339.40 → round 1339", 1000.60m, 0m, RoundingMode.RoundYuan, 1339m },
        { "2340 − 1000.50 = 1339.50 → round half up 1340", 1000.50m, 0m, RoundingMode.RoundYuan, 1340m },
        { "2340 − 1000.40 = 1339.60 → kept to the fen", 1000.40m, 0m, RoundingMode.Cents, 1339.60m },
        { "no floor: 2340 − 2338 = 2", 2338m, 0m, RoundingMode.CeilingYuan, 2m },
        { "2340 − 2339.99 = 0.01 → ceil 1", 2339.99m, 0m, RoundingMode.CeilingYuan, 1m },
        { "deduction: 2340 − (1500 − 300) = 1140", 1500m, 300m, RoundingMode.CeilingYuan, 1140m },
        { "no gap: income 2340 → 0", 2340m, 0m, RoundingMode.CeilingYuan, 0m },
    };

    [Theory]
    [MemberData(nameof(Difference))]
    public void Difference_method_rounds_the_household_total_once(
        string example, decimal income, decimal rigid, RoundingMode rounding, decimal expected)
    {
        var amount = Amount(Urban(WorkingAdults(3)).Earning(income, rigid), PolicyParameters.Defaults with { Rounding = rounding });

        amount.Total.ShouldBe(expected, example);
        amount.AddOns.ShouldBeEmpty();
        if (expected > 0) amount.RoundedBase.ShouldBe(expected, example);
    }

    [Fact]
    public void The_breakdown_shows_base_rounding_and_the_working()
    {
        var amount = Amount(Urban(WorkingAdults(3)).Earning(1000.40m));

        amount.Base.ShouldBe(1339.60m);
        amount.RoundingAdjustment.ShouldBe(0.40m);
        amount.Explanation.ShouldBe(
        [
            "城市低保标准 780 元 × 保障人数 3 人 = 2340 元",
            "减去家庭月可计收入（扣除刚性支出后） 1000.40 元，差额 1339.60 元",
            "进一取整至元：1340 元",
            "月保障金合计 1340 元",
        ]);
    }

    [Fact]
    public void Classified_addon_is_paid_once_per_person_however_many_grounds()
    {
        // A 70-year-old, seriously ill, grade-1 disabled grandmother counts once; a 10-year-old once; the 40-year-old not.
        var grandmother = Aged(70, "李奶奶", Disability.Grade1, LaborCapacity.None, seriousIllness: true);
        var child = Aged(10, "小明");
        var amount = Amount(Urban(grandmother, child, Aged(40)).Earning(1000m));

        amount.AddOns.Count.ShouldBe(2);
        amount.AddOnTotal.ShouldBe(284m);
        amount.Total.ShouldBe(1340m + 284m);
        amount.Explanation.ShouldContain("分类施保（李奶奶，年满60周岁、患重特大疾病、一级残疾） 142 元");
    }

    public static TheoryData<string, Member, Residence, decimal> AddOnGrounds => new()
    {
        { "turns 60 on 1 June → counts in June (urban 142)", Born(new LocalDate(1965, 6, 1)), Residence.Urban, 142m },
        { "turns 60 on 2 June → not yet 60 on 1 June → none", Born(new LocalDate(1965, 6, 2)), Residence.Urban, 0m },
        { "turns 18 on 1 June → adult for June → none", Born(new LocalDate(2007, 6, 1)), Residence.Urban, 0m },
        { "turns 18 on 2 June → still a minor on 1 June → rural 104", Born(new LocalDate(2007, 6, 2)), Residence.Rural, 104m },
        { "grade 3 without work capacity (proxy for intellectual/mental) → 142", Aged(30, disability: Disability.Grade3, capacity: LaborCapacity.None), Residence.Urban, 142m },
        { "grade 3 able to work → none", Aged(30, disability: Disability.Grade3), Residence.Urban, 0m },
        { "grade 2 → rural 104", Aged(30, disability: Disability.Grade2), Residence.Rural, 104m },
    };

    [Theory]
    [MemberData(nameof(AddOnGrounds))]
    public void Classified_addon_follows_age_on_the_first_day_of_the_month_and_severity(
        string example, Member member, Residence residence, decimal expected)
    {
        var amount = Amount(new HouseholdCircumstances([member, Aged(40)], residence, 0m));

        amount.AddOnTotal.ShouldBe(expected, example);
    }

    // Sample tier table, urban 780, three persons: [0, 25%) → 100%, [25%, 50%) → 75%, [50%, 75%) → 50%, [75%, 100%) → 25%.
    [Theory]
    [InlineData("no income → 780 × 3 = 2340", 0, 2340)]
    [InlineData("income 900 → 300 per head (38%) → 585 × 3 = 1755", 900, 1755)]
    [InlineData("income 1755 → 585 per head = exactly 75% → next tier 195 × 3 = 585", 1755, 585)]
    [InlineData("income 2339.99 → just below 100% → 195 × 3 = 585", 2339.99, 585)]
    [InlineData("income 2340 → at the standard → 0", 2340, 0)]
    public void Tier_method_pays_a_share_of_the_standard_by_income_band(string example, decimal income, decimal expected)
    {
        var amount = Amount(Urban(WorkingAdults(3)).Earning(income), PolicyParameters.Defaults with { BenefitMethod = BenefitMethod.Tiers });

        amount.Total.ShouldBe(expected, example);
    }

    [Theory]
    [InlineData("urban grade-1 disabled: 313 + 142 = 455", Residence.Urban, 455)]
    [InlineData("rural grade-1 disabled: 313 + 104 = 417", Residence.Rural, 417)]
    public void Single_person_amount_is_the_fixed_amount_plus_the_persons_addon(string example, Residence residence, decimal expected)
    {
        var member = Aged(35, "王五", Disability.Grade1);

        var amount = DibaoAmount.ForSinglePerson(member, residence, June2025, PolicyParameters.Defaults);

        amount.Total.ShouldBe(expected, example);
        amount.Base.ShouldBe(313m);
        amount.AddOns.ShouldHaveSingleItem().IdNumber.ShouldBe(member.IdNumber);
    }
}
