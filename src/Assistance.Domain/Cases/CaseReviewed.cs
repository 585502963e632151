using Assistance.Domain.Values;
using NodaTime;
using Assistance.Domain.Policy;

namespace Assistance.Domain.Cases;

/// <summary>复核: an enrolled case was reviewed; the outcome takes effect from <see cref="EffectiveMonth"/>.</summary>
public sealed record CaseReviewed(
    LocalDate ReviewedOn,
    decimal MonthlyIncome,
    Assets Assets,
    decimal RigidExpenditure,
    ReviewOutcome Outcome,
    decimal MonthlyAmount,
    YearMonth EffectiveMonth,
    YearMonth? GradualExitUntil,
    string ReviewedBy,
    string? Notes,
    LocalDate? NextReviewDue = null,
    int? PolicyVersion = null,
    decimal AddOnTotal = 0,
    decimal? AddOnPerPerson = null) : ICaseEvent;
