using Assistance.Domain.Cases;

namespace Assistance.Domain.Worklists;

/// <summary>
/// 定期复核: when an enrolled case is next reviewed. The schedule is set at enrolment and moved by each review;
/// a date the decision named wins, otherwise the interval of domain.md §7 counts from the payment start or the last review.
/// </summary>
public static class ReviewSchedule
{
    /// <summary>The next review date of an enrolled case, or null when the case is not under scheduled review.</summary>
    public static LocalDate? DueOn(HouseholdCase c, WorklistPolicy policy)
    {
        if (c.Status != CaseStatus.Enrolled || c.Program == Program.Temporary || c.EffectiveMonth is not { } start) return null;
        if (c.NextReviewDue is { } named) return named;
        var from = c.LatestReview?.ReviewedOn ?? start.OnDayOfMonth(1);
        return from.PlusMonths(IntervalMonths(c, from, policy));
    }

    /// <summary>The day the review appears on the list (复核到期).</summary>
    public static LocalDate WindowOpensOn(LocalDate dueOn, WorklistPolicy policy) => dueOn.PlusMonths(-policy.ReviewWindowMonths);

    public static int IntervalMonths(HouseholdCase c, LocalDate on, WorklistPolicy policy) => c.Program switch
    {
        Program.Tekun => policy.ReviewMonthsTekun,
        Program.Marginal => policy.ReviewMonthsMarginal,
        _ => EnrolledMembers(c).Any(m => IsAbleBodiedOfWorkingAge(m, on)) ? policy.ReviewMonthsUnstable : policy.ReviewMonthsStable,
    };

    /// <summary>Aged 16–59, not severely disabled (grade 1–2), not seriously ill, and not recorded as unable to work.</summary>
    public static bool IsAbleBodiedOfWorkingAge(Member m, LocalDate on)
    {
        if (!IdNumber.TryParse(m.IdNumber, out var id, out _)) return false;
        var age = id.AgeOn(on);
        return age is >= 16 and < 60 && !MemberNeeds.IsSevere(m) && m.LaborCapacity != LaborCapacity.None;
    }

    private static IEnumerable<Member> EnrolledMembers(HouseholdCase c) =>
        c.EnrolledIdNumbers.Count == 0 ? c.Members : c.Members.Where(m => c.EnrolledIdNumbers.Contains(m.IdNumber));
}
