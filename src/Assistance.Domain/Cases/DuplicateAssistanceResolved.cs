namespace Assistance.Domain.Cases;

/// <summary>重复享受已消除: the other case no longer enrols the person.</summary>
public sealed record DuplicateAssistanceResolved(string IdNumber, Guid OtherCaseId, LocalDate ResolvedOn) : ICaseEvent;
