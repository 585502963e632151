
namespace Assistance.Domain.Worklists;

/// <summary>The step an application is waiting for and the day its time limit runs out.</summary>
public sealed record PendingStep(string Name, LocalDate DueOn);
