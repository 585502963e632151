namespace Assistance.Domain.Eligibility;

/// <summary>家庭月可计收入: the household's monthly income as the rules count it, with how it was reached.</summary>
public sealed record CountableIncome(
    decimal Total,
    decimal Wages,
    decimal EmploymentCostDeducted,
    decimal Excluded,
    IReadOnlyList<string> Explanation);
