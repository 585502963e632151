using Assistance.Domain.Cases;
using NodaTime;
using Assistance.Domain.Policy;

namespace Assistance.Domain.Eligibility;

/// <summary>Classifies a household as 特困, 低保, 低保边缘 or not eligible, with zh-CN reasons.</summary>
public static class EligibilityAssessor
{
    /// <summary>
    /// Ages are taken on the first day of <paramref name="month"/>. The 低保 test is strict: per-capita income equal to the
    /// standard is not "below" it (N1 Art.9: 低于), and the same holds at the 低保边缘 line. A household that is none of these may
    /// still be a 刚性支出困难家庭 on its twelve months' <paramref name="rigidSpending"/> (<see cref="RigidExpenditureHardshipTest"/>).
    /// </summary>
    public static Assessment Assess(HouseholdCircumstances household, YearMonth month, PolicyParameters policy, RigidSpending? rigidSpending = null)
    {
        var on = month.OnDayOfMonth(1);
        var residence = ResidenceLabels.Of(household.Residence);
        var standard = policy.DibaoStandardFor(household.Residence);
        var marginalLine = policy.MarginalLineFor(household.Residence);
        var belowStandard = household.PerCapitaBelow(standard);
        var belowMarginal = household.PerCapitaBelow(marginalLine);
        var assets = AssetCheck.For(household, policy);
        var perCapita = $"家庭月人均收入 {Zh.Fen(household.PerCapitaIncome)} 元";
        var marginalLineZh = $"低保边缘线 {Zh.Yuan(marginalLine)} 元（{Zh.Number(policy.MarginalMultiple)}倍{residence}低保标准）";

        var reasons = new List<string> { household.IncomeSummaryZh() };
        reasons.AddRange(assets.Reasons);

        var tekun = assets.WithinLimits ? TekunMembers(household, on, policy, reasons) : [];
        var inMarginalBand = assets.WithinLimits && !belowStandard && belowMarginal;
        var singles = inMarginalBand ? household.Members.Where(m => m.MayEnrolAlone(policy)).ToList() : [];

        HouseholdClassification classification;
        if (!assets.WithinLimits)
        {
            classification = HouseholdClassification.NotEligible;
            reasons.Add("家庭财产超过规定限额，不符合低保、低保边缘及特困条件");
        }
        else if (tekun.Count > 0)
        {
            classification = HouseholdClassification.EligibleTekun;
        }
        else if (belowStandard)
        {
            classification = HouseholdClassification.EligibleDibao;
            reasons.Add($"{perCapita}，低于{residence}低保标准 {Zh.Yuan(standard)} 元，符合低保条件");
        }
        else if (belowMarginal)
        {
            classification = HouseholdClassification.Marginal;
            reasons.Add($"{perCapita}，不低于{residence}低保标准 {Zh.Yuan(standard)} 元，低于{marginalLineZh}，属低保边缘家庭");
        }
        else
        {
            reasons.Add($"{perCapita}，不低于{marginalLineZh}，不符合低保及低保边缘条件");
            classification = RigidExpenditureHardshipTest.Recognises(household, rigidSpending, policy, reasons)
                ? HouseholdClassification.RigidExpenditureHardship
                : HouseholdClassification.NotEligible;
        }

        foreach (var member in singles)
            reasons.Add($"{member.Name}（{member.GroundsZh(policy)}）所在家庭属低保边缘家庭，可单独申请低保（单人保）");

        return new Assessment(
            classification, household.Size, household.NetMonthlyIncome, household.PerCapitaIncome, standard, marginalLine,
            belowStandard, belowMarginal, assets.WithinLimits,
            tekun.Select(m => m.IdNumber).ToList(), singles.Select(m => m.IdNumber).ToList(), reasons);
    }

    /// <summary>
    /// 特困 (N1 Art.14, N3 Art.6–8): members without work capacity (无劳动能力), without a livelihood (无生活来源: the household's
    /// per-capita income below the 低保标准, N3 Art.6), in a household where no member is able to support them (无履行义务能力,
    /// N3 Art.8; see <see cref="MemberCircumstances.CanSupport"/>).
    /// </summary>
    private static List<Member> TekunMembers(HouseholdCircumstances household, LocalDate on, PolicyParameters policy, List<string> reasons)
    {
        var candidates = household.Members.Where(m => m.LacksWorkCapacity(on)).ToList();
        if (candidates.Count == 0 || household.Members.Any(m => m.CanSupport(on))) return [];

        var standard = policy.DibaoStandardFor(household.Residence);
        if (!household.PerCapitaBelow(standard)) return [];

        foreach (var member in candidates)
            reasons.Add($"{member.Name}（{member.NoWorkCapacityGroundZh(on)}）无劳动能力，家庭中无有履行能力的法定赡养、抚养、扶养义务人，家庭月人均收入 " +
                        $"{Zh.Fen(household.PerCapitaIncome)} 元低于{ResidenceLabels.Of(household.Residence)}低保标准 {Zh.Yuan(standard)} 元（无生活来源），" +
                        "符合特困人员认定条件");
        return candidates;
    }
}
