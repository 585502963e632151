namespace Assistance.Domain.Cases;

// Facts of the case stream that time or other departments cause, beside the case itself (the worklists read them through
// Worklists.CaseFacts). Each carries the date it happened; the store adds when it was recorded.

/// <summary>复核到期: the review window of a scheduled review opened (one month before <see cref="DueOn"/>).</summary>
public sealed record ReviewBecameDue(LocalDate DueOn, LocalDate OccurredOn) : ICaseEvent;

/// <summary>复核逾期: the scheduled review was not recorded by <see cref="DueOn"/>.</summary>
public sealed record ReviewOverdue(LocalDate DueOn, LocalDate OccurredOn) : ICaseEvent;

/// <summary>数据比对预警: another department's record about a member of this case, to be verified by <see cref="VerifyBy"/> (限时核查).</summary>
public sealed record DataComparisonWarningRaised(
    Guid WarningId,
    string IdNumber,
    string SourceDepartment,
    string Kind,
    LocalDate ReportedOn,
    string? Detail,
    LocalDate RaisedOn,
    LocalDate VerifyBy) : ICaseEvent;

public enum VerificationOutcome
{
    /// <summary>属实: the record is true; the case goes to review or exit.</summary>
    Confirmed,
    /// <summary>不属实 / 无影响: dismissed with a reason.</summary>
    Dismissed,
}

/// <summary>预警核查结果: a caseworker verified a data-comparison warning.</summary>
public sealed record DataComparisonWarningVerified(
    Guid WarningId,
    VerificationOutcome Outcome,
    string? Reason,
    LocalDate VerifiedOn,
    string VerifiedBy) : ICaseEvent;
