using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Domain.Policy;

namespace Assistance.Domain.Eligibility;

/// <summary>
/// 家庭经济状况: the co-residing members and what the household has, as assessed or reviewed. The same value feeds the
/// assessment, the amount and the review, so a new standard is applied by recalculating from it.
/// </summary>
/// <param name="MonthlyIncome">家庭月可计收入 (see <see cref="CountableIncomeCalculator"/>).</param>
/// <param name="RigidExpenditure">Monthly 刚性支出 that may be deducted (disability, serious illness).</param>
/// <param name="Assets">Declared or checked assets; null when none were declared.</param>
public sealed record HouseholdCircumstances(
    IReadOnlyList<Member> Members,
    Residence Residence,
    decimal MonthlyIncome,
    decimal RigidExpenditure = 0,
    Assets? Assets = null)
{
    public IReadOnlyList<Member> Members { get; init; } =
        Members.Count > 0 ? Members : throw new ArgumentException("家庭成员不能为空", nameof(Members));

    public int Size => Members.Count;

    /// <summary>Income after the deduction; never below zero, because a deduction offsets income but does not create a benefit of its own.</summary>
    public decimal NetMonthlyIncome => Math.Max(0, MonthlyIncome - RigidExpenditure);

    /// <summary>
    /// 家庭月人均收入, cut (not rounded) to the fen for display, so a household just below the line never shows the line itself.
    /// Comparisons use household totals instead, which need no division.
    /// </summary>
    public decimal PerCapitaIncome => Math.Floor(NetMonthlyIncome / Size * 100) / 100;

    /// <summary>Whether per-capita income is strictly below <paramref name="perCapitaLine"/>; equal to the line is not below.</summary>
    public bool PerCapitaBelow(decimal perCapitaLine) => NetMonthlyIncome < perCapitaLine * Size;

    public Assets AssetsOrNone => Assets ?? new Assets();

    /// <summary>The opening line of every assessment and review: who, how much, and the per-capita figure.</summary>
    public string IncomeSummaryZh() =>
        $"家庭共同生活成员 {Size} 人，月可计收入 {Zh.Fen(MonthlyIncome)} 元，扣除刚性支出 {Zh.Fen(RigidExpenditure)} 元后月人均收入 {Zh.Fen(PerCapitaIncome)} 元";
}
