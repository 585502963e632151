using NodaTime;

namespace Assistance.Domain.Outreach;

/// <summary>
/// What happened on one day in one county's screening: persons whose listing dates from it, visits made, persons visited for the
/// first time, and applications and enrolments of rostered persons. A day before the weeks asked for may stand for all days
/// before them.
/// </summary>
public sealed record OutreachDay(string CountyCode, LocalDate Day, int Rostered, int Visits, int Reached, int Applied, int Enrolled);
