namespace Assistance.Domain.Worklists;

/// <summary>
/// The policy parameters the worklists read, with the defaults of domain.md §7. Until the county policy module
/// answers them per county and month, every county uses these.
/// </summary>
public sealed record WorklistPolicy
{
    public static readonly WorklistPolicy Defaults = new();

    /// <summary>低保标准, yuan per person per month.</summary>
    public decimal DibaoStandardUrban { get; init; } = 780m;
    public decimal DibaoStandardRural { get; init; } = 585m;

    /// <summary>复核周期: months between reviews when no member is able-bodied of working age.</summary>
    public int ReviewMonthsStable { get; init; } = 12;
    /// <summary>复核周期 for households with able-bodied members of working age.</summary>
    public int ReviewMonthsUnstable { get; init; } = 6;
    public int ReviewMonthsTekun { get; init; } = 12;
    /// <summary>低保边缘 re-screening interval (no national rule; the 刚性支出 validity of 12 months is used).</summary>
    public int ReviewMonthsMarginal { get; init; } = 12;
    /// <summary>How long before the due date a review appears on the list.</summary>
    public int ReviewWindowMonths { get; init; } = 1;

    /// <summary>低保: investigation starts ≤ 3 WD after acceptance (N2 Art.15).</summary>
    public int DibaoInvestigationStartDays { get; init; } = 3;
    /// <summary>低保: the whole procedure ≤ 30 WD (N2 Art.22).</summary>
    public int DibaoWholeProcedureDays { get; init; } = 30;
    /// <summary>公示: 7 calendar days (N2 Art.19).</summary>
    public int PublicityDays { get; init; } = 7;
    /// <summary>低保: county 审核确认 ≤ 10 WD after receiving the file (N2 Art.20).</summary>
    public int DibaoCountyDecisionDays { get; init; } = 10;
    /// <summary>特困: township investigation and 初审 ≤ 15 WD (N3 Art.13).</summary>
    public int TekunTownshipDays { get; init; } = 15;
    /// <summary>特困: county decision ≤ 15 WD (N3 Art.16).</summary>
    public int TekunCountyDecisionDays { get; init; } = 15;

    /// <summary>限时核查: working days to verify a data-comparison warning (no national rule; a county setting).</summary>
    public int WarningVerificationDays { get; init; } = 10;

    public decimal DibaoStandard(Residence residence) => residence == Residence.Urban ? DibaoStandardUrban : DibaoStandardRural;
}
