using Assistance.Domain.Values;

namespace Assistance.Domain.Policy;

/// <summary>特困人员救助供养金 per month: the basic living standard plus, for support at home only, the care fee.</summary>
public static class TekunAmount
{
    /// <summary>Centralised support pays no care fee here because the institution provides the care (§7).</summary>
    public static BenefitAmount For(Residence residence, TekunSupportMode mode, SelfCareLevel selfCare, PolicyParameters policy)
    {
        var basic = policy.TekunBasicFor(residence, mode);
        var modeZh = mode == TekunSupportMode.Scattered ? "分散供养" : "集中供养";
        var lines = new List<string> { $"{Zh.Of(residence)}{modeZh}特困人员基本生活标准 {Zh.Yuan(basic)} 元" };
        var addOns = new List<AmountComponent>();

        if (mode == TekunSupportMode.Scattered)
        {
            var fee = policy.CareFeeFor(selfCare);
            addOns.Add(new AmountComponent($"照料护理费（{selfCare.ZhName()}）", fee));
            lines.Add($"照料护理费（{selfCare.ZhName()}） {Zh.Yuan(fee)} 元");
        }
        else
        {
            lines.Add("集中供养由供养机构提供照料护理，不另发照料护理费");
        }

        var total = basic + addOns.Sum(a => a.Amount);
        lines.Add($"月救助供养金合计 {Zh.Yuan(total)} 元");
        return new BenefitAmount(basic, 0, addOns, total, lines);
    }
}
