namespace Assistance.Domain.Eligibility;

/// <summary>
/// The outcome of 家庭经济状况认定. <see cref="Classification"/> takes 特困 before 低保 because a 特困 person is supported
/// in full rather than topped up; <see cref="BelowDibaoStandard"/> still tells whether the household would pass 低保.
/// </summary>
/// <param name="PerCapitaIncome">Cut to the fen; see <see cref="HouseholdCircumstances.PerCapitaIncome"/>.</param>
/// <param name="TekunEligibleIdNumbers">Members who meet 特困 on their own.</param>
/// <param name="SinglePersonCandidateIdNumbers">Members who may apply alone (单人保): the household is in the 低保边缘 band with assets in limits and the member is 重度残疾 or 重特大疾病.</param>
/// <param name="Reasons">zh-CN lines, household income first, then the grounds for the classification.</param>
public sealed record Assessment(
    HouseholdClassification Classification,
    int HouseholdSize,
    decimal NetMonthlyIncome,
    decimal PerCapitaIncome,
    decimal DibaoStandard,
    decimal MarginalLine,
    bool BelowDibaoStandard,
    bool BelowMarginalLine,
    bool AssetsWithinLimits,
    IReadOnlyList<string> TekunEligibleIdNumbers,
    IReadOnlyList<string> SinglePersonCandidateIdNumbers,
    IReadOnlyList<string> Reasons)
{
    /// <summary>The same finding with the lines of the income count (就业渐退) after the household's opening line.</summary>
    public Assessment WithIncomeReasons(IReadOnlyList<string> lines) =>
        lines.Count == 0 ? this : this with { Reasons = [Reasons[0], .. lines, .. Reasons.Skip(1)] };
}
