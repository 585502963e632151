using Assistance.Domain.Calendar;
using Assistance.Domain.Cases;
using NodaTime;

namespace Assistance.Host.Appeals;

/// <summary>
/// Which decisions can be appealed, within what time, and by when an appeal must be handled. 行政复议 must be asked for within
/// 60 days of learning of the decision (《行政复议法》); the office handles an appeal within 20 working days (a default of the ledger).
/// </summary>
public static class AppealRules
{
    public const int DaysToAppeal = 60;
    public const int WorkingDaysToHandle = 20;

    public static bool IsAppealable(object decision) => decision is ApplicationRejected or EnrolmentApproved or CaseReviewed or CaseExited or EntitlementRecalculated;

    public static LocalDate DueOn(LocalDate lodgedOn, WorkingDayCalendar calendar) => calendar.AddWorkingDays(lodgedOn, WorkingDaysToHandle);

    public static LocalDate LastDayToAppeal(LocalDate decisionRecordedOn) => decisionRecordedOn.PlusDays(DaysToAppeal);
}
