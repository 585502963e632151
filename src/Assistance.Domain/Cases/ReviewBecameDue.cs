namespace Assistance.Domain.Cases;

/// <summary>复核到期: the review window of a scheduled review opened (one month before <see cref="DueOn"/>).</summary>
public sealed record ReviewBecameDue(LocalDate DueOn, LocalDate OccurredOn) : ICaseEvent;
