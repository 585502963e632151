using Assistance.Domain.Policy;

namespace Assistance.Domain.Cases;

/// <summary>What a review concluded: the outcome and the entitlement from its effective month.</summary>
public sealed record ReviewFinding(
    ReviewOutcome Outcome,
    decimal MonthlyAmount,
    YearMonth EffectiveMonth,
    YearMonth? GradualExitUntil,
    LocalDate? NextReviewDue,
    int? PolicyVersion = null,
    decimal AddOnTotal = 0,
    decimal? AddOnPerPerson = null);
