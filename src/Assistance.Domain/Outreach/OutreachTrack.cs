using NodaTime;

namespace Assistance.Domain.Outreach;

/// <summary>What progress counts of one rostered person: since when listed, the visits' dates, and when they applied and were enrolled.</summary>
public sealed record OutreachTrack(string CountyCode, LocalDate RosteredOn, IReadOnlyList<LocalDate> VisitedOn, LocalDate? AppliedOn, LocalDate? EnrolledOn);
