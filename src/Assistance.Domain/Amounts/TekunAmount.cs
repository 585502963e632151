using Assistance.Domain.Values;
using Assistance.Domain.Policy;
using Assistance.Domain.Eligibility;

namespace Assistance.Domain.Amounts;

/// <summary>特困人员救助供养金 per month: the basic living standard plus, for support at home only, the care fee.</summary>
public static class TekunAmount
{
    /// <summary>Centralised support pays no care fee here because the institution provides the care (§7).</summary>
    public static BenefitAmount For(Residence residence, TekunSupportMode mode, SelfCareLevel selfCare, PolicyParameters policy)
    {
        var basic = policy.TekunBasicFor(residence, mode);
        var modeZh = mode == TekunSupportMode.Scattered ? "分散供养" : "集中供养";
        var lines = new List<string> { $"{ResidenceLabels.Of(residence)}{modeZh}特困人员基本生活标准 {Zh.Yuan(basic)} 元" };
        var addOns = new List<AmountComponent>();

        if (mode == TekunSupportMode.Scattered)
        {
            var fee = policy.CareFeeFor(selfCare);
            addOns.Add(new AmountComponent($"照料护理费（{SelfCareLevelLabels.Of(selfCare)}）", fee));
            lines.Add($"照料护理费（{SelfCareLevelLabels.Of(selfCare)}） {Zh.Yuan(fee)} 元");
        }
        else
        {
            lines.Add("集中供养由供养机构提供照料护理，不另发照料护理费");
        }

        var total = basic + addOns.Sum(a => a.Amount);
        lines.Add($"月救助供养金合计 {Zh.Yuan(total)} 元");
        return new BenefitAmount(basic, 0, addOns, total, lines);
    }

    /// <summary>Several supported persons in one case: each is paid <see cref="For"/> at their own self-care level.</summary>
    public static BenefitAmount ForPersons(
        IReadOnlyList<(string Name, SelfCareLevel Level)> persons, Residence residence, TekunSupportMode mode, PolicyParameters policy)
    {
        if (persons.Count == 1) return For(residence, mode, persons[0].Level, policy);
        var each = persons.Select(p => (p.Name, Amount: For(residence, mode, p.Level, policy))).ToList();
        var lines = each.Select(e => $"{e.Name}：{string.Join("，", e.Amount.Explanation.Take(e.Amount.Explanation.Count - 1))}，计 {Zh.Yuan(e.Amount.Total)} 元").ToList();
        var total = each.Sum(e => e.Amount.Total);
        lines.Add($"特困人员 {persons.Count} 人，月救助供养金合计 {Zh.Yuan(total)} 元");
        return new BenefitAmount(each.Sum(e => e.Amount.Base), 0, [.. each.SelectMany(e => e.Amount.AddOns)], total, lines);
    }
}
