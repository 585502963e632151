using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using NodaTime;
using Assistance.Domain.Policy;
using Assistance.Domain.Eligibility;

namespace Assistance.Domain.Amounts;

/// <summary>
/// 低保金 per month. Pure in its inputs, so a new 低保标准 is applied by calling it again with the new parameters
/// (标准调整) and a review by calling it with the reviewed household.
/// </summary>
public static class DibaoAmount
{
    /// <summary>
    /// The whole household enrolled (N5 §1(1) forbids enrolling only some members): the base by <see cref="BenefitMethod"/>,
    /// rounded once on the household total, plus 分类施保 for each qualifying member in <paramref name="month"/>.
    /// A household with no gap gets zero and no add-ons: it is not eligible, which the assessment reports.
    /// </summary>
    public static BenefitAmount ForHousehold(HouseholdCircumstances household, YearMonth month, PolicyParameters policy)
    {
        var lines = new List<string>();
        var standard = policy.DibaoStandardFor(household.Residence);
        var @base = policy.BenefitMethod == BenefitMethod.Tiers
            ? TierBase(household, standard, policy, lines)
            : DifferenceBase(household, standard, lines);

        if (@base <= 0)
        {
            lines.Add("家庭月收入不低于保障标准总额，无差额可发，月保障金 0 元");
            return new BenefitAmount(0, 0, [], 0, lines);
        }

        var rounded = policy.Rounding.Apply(@base);
        if (rounded != @base) lines.Add($"{policy.Rounding.Describe()}：{Zh.Yuan(rounded)} 元");

        var addOns = ClassifiedAddOns.For(household.Members, household.Residence, month, policy);
        return Finish(@base, rounded, addOns, lines);
    }

    /// <summary>单人保: the fixed amount for the member enrolled alone, plus that member's own 分类施保.</summary>
    public static BenefitAmount ForSinglePerson(Member member, Residence residence, YearMonth month, PolicyParameters policy)
    {
        var lines = new List<string> { $"{member.Name} 单独纳入低保（单人保），月发放 {Zh.Yuan(policy.SinglePersonAmount)} 元" };
        var addOns = ClassifiedAddOns.For([member], residence, month, policy);
        return Finish(policy.SinglePersonAmount, policy.SinglePersonAmount, addOns, lines);
    }

    private static decimal DifferenceBase(HouseholdCircumstances household, decimal standard, List<string> lines)
    {
        var line = standard * household.Size;
        var gap = line - household.NetMonthlyIncome;
        lines.Add($"{ResidenceLabels.Of(household.Residence)}低保标准 {Zh.Yuan(standard)} 元 × 保障人数 {household.Size} 人 = {Zh.Yuan(line)} 元");
        lines.Add($"减去家庭月可计收入（扣除刚性支出后） {Zh.Fen(household.NetMonthlyIncome)} 元，差额 {Zh.Fen(gap)} 元");
        return gap;
    }

    private static decimal TierBase(HouseholdCircumstances household, decimal standard, PolicyParameters policy, List<string> lines)
    {
        var tier = policy.BenefitTiers.FirstOrDefault(t => household.PerCapitaBelow(t.PerCapitaIncomeBelowShare * standard));
        if (tier is null) return 0;

        var perPerson = tier.AmountShareOfStandard * standard;
        lines.Add($"按分档发放：月人均收入 {Zh.Fen(household.PerCapitaIncome)} 元，低于{ResidenceLabels.Of(household.Residence)}低保标准的 " +
                  $"{Zh.Number(tier.PerCapitaIncomeBelowShare * 100)}%（{Zh.Yuan(tier.PerCapitaIncomeBelowShare * standard)} 元），" +
                  $"每人每月按标准的 {Zh.Number(tier.AmountShareOfStandard * 100)}% 发放 {Zh.Yuan(perPerson)} 元");
        lines.Add($"{Zh.Yuan(perPerson)} 元 × 保障人数 {household.Size} 人 = {Zh.Yuan(perPerson * household.Size)} 元");
        return perPerson * household.Size;
    }

    private static BenefitAmount Finish(decimal @base, decimal rounded, IReadOnlyList<AmountComponent> addOns, List<string> lines)
    {
        foreach (var addOn in addOns) lines.Add($"{addOn.Label} {Zh.Yuan(addOn.Amount)} 元");
        var total = rounded + addOns.Sum(a => a.Amount);
        lines.Add($"月保障金合计 {Zh.Yuan(total)} 元");
        return new BenefitAmount(@base, rounded - @base, addOns, total, lines);
    }
}
