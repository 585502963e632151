using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using NodaTime;
using NodaTime.Text;
using static Assistance.Domain.Tests.Policy.People;
using Assistance.Domain.Policy;
using Assistance.Domain.Reviews;

namespace Assistance.Domain.Tests.Policy;

public class ReviewScheduleTests
{
    private static readonly LocalDate Enrolled = new(2025, 3, 15);

    public static TheoryData<string, Program, Member[], bool, int> Intervals => new()
    {
        { "elderly couple, stable pension → 12", Program.Dibao, [Aged(70), Aged(66)], true, 12 },
        { "elderly couple, unstable income → 6", Program.Dibao, [Aged(70), Aged(66)], false, 6 },
        { "a 10-year-old, a grade-1 disabled 40-year-old and a seriously ill 45-year-old, stable → 12", Program.Dibao, [Aged(10), Aged(40, disability: Disability.Grade1), Aged(45, seriousIllness: true)], true, 12 },
        { "an able 40-year-old in the household, stable → 6", Program.Dibao, [Aged(70), Aged(40)], true, 6 },
        { "a 40-year-old with partial capacity counts as able → 6", Program.Dibao, [Aged(70), Aged(40, capacity: LaborCapacity.Partial)], true, 6 },
        { "a 16-year-old is of working age → 6", Program.Dibao, [Aged(70), Aged(16)], true, 6 },
        { "低保边缘 follows the 低保 rule → 12", Program.Marginal, [Aged(70)], true, 12 },
        { "特困 → 12 even with unstable income", Program.Tekun, [Aged(40, capacity: LaborCapacity.None)], false, 12 },
    };

    [Theory]
    [MemberData(nameof(Intervals))]
    public void Interval_depends_on_able_bodied_members_and_income_stability(
        string example, Program program, Member[] members, bool stable, int months)
    {
        var due = ReviewSchedule.NextDue(Enrolled, program, members, stable, PolicyParameters.Defaults);

        due.IntervalMonths.ShouldBe(months, example);
        due.DueOn.ShouldBe(Enrolled.PlusMonths(months), example);
    }

    [Theory]
    [InlineData("31 Jan + 6 months → 31 Jul", "2025-01-31", "2025-07-31")]
    [InlineData("31 Aug + 6 months → 28 Feb (month end)", "2025-08-31", "2026-02-28")]
    public void Due_date_clamps_to_the_end_of_a_shorter_month(string example, string from, string expected)
    {
        var due = ReviewSchedule.NextDue(LocalDatePattern.Iso.Parse(from).Value, Program.Dibao, [Aged(40)], true, PolicyParameters.Defaults);

        due.DueOn.ShouldBe(LocalDatePattern.Iso.Parse(expected).Value, example);
    }

    [Fact]
    public void Explains_a_six_month_interval_by_naming_the_able_member()
    {
        var due = ReviewSchedule.NextDue(Enrolled, Program.Dibao, [Aged(70), Aged(40, "张强")], true, PolicyParameters.Defaults);

        due.Reason.ShouldBe("家庭中有劳动年龄内有劳动能力的成员（张强），每 6 个月复核一次");
    }

    [Fact]
    public void Temporary_assistance_has_no_periodic_review()
    {
        Should.Throw<ArgumentOutOfRangeException>(() =>
            ReviewSchedule.NextDue(Enrolled, Program.Temporary, [Aged(40)], true, PolicyParameters.Defaults));
    }
}
