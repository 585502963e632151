using Assistance.Domain.Cases;
using Assistance.Domain.Reviews;

namespace Assistance.Domain.Worklists;

/// <summary>
/// 定期复核: when an enrolled case is next reviewed. The schedule is set at enrolment and moved by each review;
/// a date the decision named wins, otherwise the policy's interval (<see cref="ReviewSchedule"/>) counts from the
/// payment start or the last review. Income counts as stable unless a review said otherwise, which the events do not record.
/// </summary>
public static class ScheduledReview
{
    /// <summary>The next review date of an enrolled case, or null when the case is not under scheduled review.</summary>
    public static LocalDate? DueOn(HouseholdCase c, WorklistPolicy policy)
    {
        if (c.Status != CaseStatus.Enrolled || c.Program is Program.Temporary or Program.RigidExpenditure || c.EffectiveMonth is not { } start) return null;
        if (c.NextReviewDue is { } named) return named;
        return Interval(c, c.LatestReview?.ReviewedOn ?? start.OnDayOfMonth(1), policy).DueOn;
    }

    /// <summary>The day the review appears on the list (复核到期).</summary>
    public static LocalDate WindowOpensOn(LocalDate dueOn, WorklistPolicy policy) => dueOn.PlusMonths(-policy.ReviewWindowMonths);

    public static ReviewDue Interval(HouseholdCase c, LocalDate from, WorklistPolicy policy) =>
        ReviewSchedule.NextDue(from, c.Program, EnrolledMembers(c), incomeStable: true, policy.Parameters);

    private static IReadOnlyList<Member> EnrolledMembers(HouseholdCase c) =>
        c.EnrolledIdNumbers.Count == 0 ? c.Members : c.Members.Where(m => c.EnrolledIdNumbers.Contains(m.IdNumber)).ToList();
}
