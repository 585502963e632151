using Assistance.Domain.Cases;
using Assistance.Domain.Policy;

namespace Assistance.Domain.Eligibility;

/// <summary>
/// 刚性支出困难家庭认定 (N9 Art.4), for a household the assessment found neither 特困, 低保 nor 低保边缘 with assets within the
/// limits (Art.4(1), (3); the ledger applies the 低保边缘 asset rules, which Art.4 allows): per-capita income below last year's
/// local per-capita disposable income (Art.4(2)), and the rigid spending of the twelve months before the application above
/// the county's share of household income over the same twelve months (Art.4(4)). Yearly figures are twelve times the
/// assessed monthly income, which is counted before any rigid expenditure is deducted.
/// </summary>
public static class RigidExpenditureHardshipTest
{
    /// <summary>Whether the household is recognised, with the zh-CN lines saying why or why not; no lines when nothing was declared.</summary>
    public static bool Recognises(HouseholdCircumstances household, RigidSpending? spending, PolicyParameters policy, List<string> reasons)
    {
        if (spending is null || spending.Total == 0) return false;
        var declared = $"近十二个月刚性支出 {Zh.Fen(spending.Total)} 元（生活 {Zh.Fen(spending.Living)}、医疗 {Zh.Fen(spending.Medical)}、" +
                       $"教育 {Zh.Fen(spending.Education)}、残疾康复 {Zh.Fen(spending.Rehabilitation)}、其他 {Zh.Fen(spending.Other)} 元）";
        if (policy.RigidExpenditureShareOfIncome is not { } share)
        {
            reasons.Add($"{declared}；本县未规定刚性支出占家庭收入的比例，暂不认定刚性支出困难家庭");
            return false;
        }

        var yearlyIncome = household.MonthlyIncome * 12;
        var perCapitaYearly = Math.Floor(yearlyIncome / household.Size * 100) / 100;
        var disposable = policy.DisposableIncomePerCapitaFor(household.Residence);
        var residents = household.Residence == Values.Residence.Urban ? "城镇居民" : "农村居民";
        var incomeBelow = yearlyIncome < disposable * household.Size;
        var spendingAbove = spending.Total > share * yearlyIncome;

        var shareZh = yearlyIncome == 0 ? "家庭年收入为 0" : $"占家庭年收入 {Zh.Fen(yearlyIncome)} 元的 {Zh.Number(Math.Round(spending.Total / yearlyIncome * 100, 1))}%";
        reasons.Add($"{declared}，{shareZh}，{(spendingAbove ? "超过" : "未超过")}本县规定的 {Zh.Number(share * 100)}%");
        reasons.Add($"家庭年人均收入 {Zh.Fen(perCapitaYearly)} 元，{(incomeBelow ? "低于" : "不低于")}上年度当地{residents}人均可支配收入 {Zh.Yuan(disposable)} 元");
        if (incomeBelow && spendingAbove)
            reasons.Add($"符合刚性支出困难家庭认定条件，认定有效期 {policy.TimeLimits.RigidExpenditureValidityMonths} 个月");
        else
            reasons.Add("不符合刚性支出困难家庭认定条件");
        return incomeBelow && spendingAbove;
    }
}
