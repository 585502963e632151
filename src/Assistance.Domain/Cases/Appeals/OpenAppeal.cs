namespace Assistance.Domain.Cases;

/// <summary>An appeal not yet decided, as the case and the open-appeals worklist keep it.</summary>
public sealed record OpenAppeal(Guid AppealId, AppealKind Kind, long AgainstVersion, string AgainstEvent, LocalDate LodgedOn, LocalDate DueOn, string Grounds);
