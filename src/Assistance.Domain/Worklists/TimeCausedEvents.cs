using Assistance.Domain.Cases;

namespace Assistance.Domain.Worklists;

/// <summary>
/// The events the passing of one day causes on a case: a review window opening, a review going overdue,
/// a gradual exit or a 刚性支出困难 recognition running out. Deciding from what the stream already holds makes a second run for the same day a no-op.
/// </summary>
public static class TimeCausedEvents
{
    public const string System = "系统";

    public static IReadOnlyList<object> On(LocalDate day, HouseholdCase c, CaseFacts facts, WorklistPolicy policy)
    {
        if (c.Status == CaseStatus.GradualExit && c.GradualExitUntil is { } until && until < day.ToYearMonth())
            return [new CaseExited(ExitReason.GradualExitEnded, until.PlusMonths(1), System, $"渐退期至 {until:yyyy-MM} 期满，自动停发")];
        if (c.Status == CaseStatus.Enrolled && c.Program == Program.RigidExpenditure && c.RecognisedUntil is { } recognised && recognised < day.ToYearMonth())
            return [new CaseExited(ExitReason.RecognitionExpired, recognised.PlusMonths(1), System, $"刚性支出困难家庭认定有效期至 {recognised:yyyy-MM} 期满，需继续认定的应重新申请")];

        if (ScheduledReview.DueOn(c, policy) is not { } due) return [];
        var events = new List<object>();
        if (day >= ScheduledReview.WindowOpensOn(due, policy) && facts.ReviewDueRecordedFor != due)
            events.Add(new ReviewBecameDue(due, day));
        if (day > due && facts.ReviewOverdueRecordedFor != due)
            events.Add(new ReviewOverdue(due, day));
        return events;
    }
}
