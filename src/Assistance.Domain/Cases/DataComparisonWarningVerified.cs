namespace Assistance.Domain.Cases;

/// <summary>预警核查结果: a caseworker verified a data-comparison warning.</summary>
public sealed record DataComparisonWarningVerified(
    Guid WarningId,
    VerificationOutcome Outcome,
    string? Reason,
    LocalDate VerifiedOn,
    string VerifiedBy) : ICaseEvent;
