using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using NodaTime;
using Assistance.Domain.Policy;
using Assistance.Domain.Eligibility;

namespace Assistance.Domain.Reviews;

/// <summary>复核周期 (N2 Art.31, N4 item 7).</summary>
public static class ReviewSchedule
{
    /// <summary>
    /// From the enrolment or last review date: 特困 yearly; 低保 and 低保边缘 yearly when no member is able-bodied of working age
    /// and income is stable, otherwise every six months (with the default parameters). 临时救助 has no periodic review.
    /// </summary>
    public static ReviewDue NextDue(
        LocalDate from, Program program, IReadOnlyList<Member> members, bool incomeStable, PolicyParameters policy)
    {
        switch (program)
        {
            case Program.Tekun:
                return Due(from, policy.ReviewMonthsTekun, "特困人员每年复核一次");
            case Program.Temporary:
                throw new ArgumentOutOfRangeException(nameof(program), program, "临时救助不作定期复核");
        }

        var ableBodied = members.Where(m => m.IsAbleBodiedOfWorkingAge(from)).ToList();
        if (ableBodied.Count == 0 && incomeStable)
            return Due(from, policy.ReviewMonthsStable, "家庭成员均为老年人、未成年人、重度残疾人或重病患者，且收入稳定");

        var why = ableBodied.Count > 0
            ? $"家庭中有劳动年龄内有劳动能力的成员（{string.Join("、", ableBodied.Select(m => m.Name))}）"
            : "家庭收入不稳定";
        return Due(from, policy.ReviewMonthsUnstable, why);
    }

    /// <summary>
    /// The review no later than the month after a 就业渐退 disregard ends (<paramref name="disregardEnds"/>, its last month),
    /// when the wages left out count again.
    /// </summary>
    public static ReviewDue NoLaterThanDisregardEnd(ReviewDue due, YearMonth? disregardEnds)
    {
        if (disregardEnds is not { } last || last.PlusMonths(1).OnDayOfMonth(1) >= due.DueOn) return due;
        return new(last.PlusMonths(1).OnDayOfMonth(1), due.IntervalMonths, $"就业渐退期至{Zh.Month(last)}届满，届满后就业收入计入家庭收入，须复核");
    }

    private static ReviewDue Due(LocalDate from, int months, string why) =>
        new(from.PlusMonths(months), months, $"{why}，每 {months} 个月复核一次");
}
