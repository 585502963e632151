namespace Assistance.Domain.Cases;

/// <summary>What a correction puts right.</summary>
public enum CorrectedField
{
    /// <summary>收入录入错误: the household income of an assessment or review; the amount is recomputed from it.</summary>
    MonthlyIncome,
    /// <summary>金额错误: the monthly amount an approval, review or recalculation set.</summary>
    MonthlyAmount,
    /// <summary>退出月份错误: the month an exit took effect from.</summary>
    ExitMonth,
    /// <summary>出生日期错误: a member's birth date, which sets the ages the rules read (特困 无劳动能力, 分类施保 at 60 and 18).</summary>
    BirthDate,
}
