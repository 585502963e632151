namespace Assistance.Domain.Eligibility;

/// <summary>家庭月可计收入: the household's monthly income as the rules count it, with how it was reached.</summary>
/// <param name="Disregarded">Income earned by work left out during 就业渐退.</param>
public sealed record CountableIncome(
    decimal Total,
    decimal Wages,
    decimal EmploymentCostDeducted,
    decimal Excluded,
    IReadOnlyList<string> Explanation,
    decimal Disregarded = 0,
    IReadOnlyList<string>? DisregardReasons = null)
{
    /// <summary>The 就业渐退 lines alone, which an assessment or review adds to its reasons.</summary>
    public IReadOnlyList<string> DisregardReasons { get; init; } = DisregardReasons ?? [];
}

