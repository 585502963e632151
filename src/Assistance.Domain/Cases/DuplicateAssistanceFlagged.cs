namespace Assistance.Domain.Cases;

/// <summary>重复享受: the same person is enrolled in another open case (this event is on both cases).</summary>
public sealed record DuplicateAssistanceFlagged(string IdNumber, Guid OtherCaseId, string OtherCountyCode, LocalDate FlaggedOn) : ICaseEvent;
