using Assistance.Domain.Outreach;
using NodaTime;

namespace Assistance.Host.Outreach;

/// <summary>走访记录: who visited (the signed-in user), when, what they found, and the case an application opened.</summary>
public sealed record OutreachVisit(Guid VisitId, LocalDate VisitedOn, VisitOutcome Outcome, Guid? CaseId, string? Notes, string Visitor,
    DateTimeOffset RecordedAt);
