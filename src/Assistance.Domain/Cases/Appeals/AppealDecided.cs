namespace Assistance.Domain.Cases;

/// <summary>
/// The appeal's outcome. <see cref="AppealOutcome.Changed"/> against an exit undoes it (the entitlement runs on from the month
/// the exit took effect, at <see cref="MonthlyAmount"/> when given); against an amount it sets <see cref="MonthlyAmount"/> from
/// <see cref="EffectiveMonth"/>; against a rejection it reopens the case for a new approval.
/// </summary>
public sealed record AppealDecided(
    Guid AppealId,
    AppealOutcome Outcome,
    LocalDate DecidedOn,
    string Reason,
    string DecidedBy,
    string AgainstEvent,
    YearMonth? EffectiveMonth = null,
    decimal? MonthlyAmount = null) : ICaseEvent;
