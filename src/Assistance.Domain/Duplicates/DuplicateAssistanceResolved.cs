namespace Assistance.Domain.Duplicates;

/// <summary>重复享受已消除: one of the two cases no longer enrols the person (recorded by the daily job).</summary>
public sealed record DuplicateAssistanceResolved(string IdNumber, Guid CaseId, Guid OtherCaseId, LocalDate ResolvedOn) : IDuplicateFinding;
