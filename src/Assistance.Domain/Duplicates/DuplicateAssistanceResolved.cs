namespace Assistance.Domain.Duplicates;

/// <summary>重复享受已消除: the two cases no longer both enrol the person since <see cref="ResolvedOn"/> (recorded by the daily job once it reaches that day).</summary>
public sealed record DuplicateAssistanceResolved(string IdNumber, Guid CaseId, Guid OtherCaseId, LocalDate ResolvedOn) : IDuplicateFinding;
