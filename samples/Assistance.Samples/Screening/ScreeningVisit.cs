using Assistance.Domain.Outreach;

namespace Assistance.Samples.Screening;

/// <summary>A 走访 of a rostered person: when, what it found, the case an application opened, and who went.</summary>
public sealed record ScreeningVisit(string IdNumber, LocalDate VisitedOn, VisitOutcome Outcome, Guid? CaseId, string Visitor);
