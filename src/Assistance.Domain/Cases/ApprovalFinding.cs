using Assistance.Domain.Policy;

namespace Assistance.Domain.Cases;

/// <summary>What the rules computed for an approval, answered beside the new version.</summary>
public sealed record ApprovalFinding(
    decimal MonthlyAmount, decimal? ComputedAmount, IReadOnlyList<string> Explanation, int PolicyVersion, LocalDate? NextReviewDue,
    LocalDate DecidedOn, YearMonth EffectiveMonth);
