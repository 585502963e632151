namespace Assistance.Domain.Cases;

/// <summary>复核逾期: the scheduled review was not recorded by <see cref="DueOn"/>.</summary>
public sealed record ReviewOverdue(LocalDate DueOn, LocalDate OccurredOn) : ICaseEvent;
