namespace Assistance.Domain.Cases;

/// <summary>
/// 存量数据迁移: a household already enrolled before the ledger existed, brought in from a county roster.
/// It opens the case stream; <see cref="EnrolledSince"/> is the original enrolment month, so the entitlement
/// timeline (and every statistic) starts there, not on the day of the import.
/// </summary>
public sealed record RosterCaseImported(
    Guid CaseId,
    string CountyCode,
    string HouseholdNumber,
    string? Township,
    string? Village,
    Residence Residence,
    Program Program,
    YearMonth EnrolledSince,
    decimal MonthlyAmount,
    IReadOnlyList<Member> Members,
    IReadOnlyList<string> EnrolledIdNumbers,
    string SourceFile,
    IReadOnlyList<int> SourceRows,
    string ContentHash,
    string ImportedBy) : ICaseEvent;
