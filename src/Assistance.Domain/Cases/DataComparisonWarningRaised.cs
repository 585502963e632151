namespace Assistance.Domain.Cases;

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
