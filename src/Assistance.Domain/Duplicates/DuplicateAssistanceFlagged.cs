namespace Assistance.Domain.Duplicates;

/// <summary>
/// 重复享受预警: the person <see cref="IdNumber"/> was enrolled in two cases at once, <see cref="CaseId"/> (the one whose enrolment
/// revealed it) and <see cref="OtherCaseId"/>. Recorded in the person's own stream (<see cref="DuplicateAssistance.StreamOf"/>),
/// never in either case's, so finding a duplicate never changes a case's version under a caseworker.
/// </summary>
public sealed record DuplicateAssistanceFlagged(
    string IdNumber, Guid CaseId, string CountyCode, Guid OtherCaseId, string OtherCountyCode, LocalDate FlaggedOn) : IDuplicateFinding;
