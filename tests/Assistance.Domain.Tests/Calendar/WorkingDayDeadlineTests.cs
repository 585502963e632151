using Assistance.Domain.Calendar;
using static Assistance.Domain.Tests.Calendar.Dates;

namespace Assistance.Domain.Tests.Calendar;

public class WorkingDayDeadlineTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.WithDefaults();

    [Theory]
    [InlineData("2025-01-24", 3, "2025-02-05")] // 调查 ≤3 WD after acceptance, across 春节 2025
    [InlineData("2025-09-26", 10, "2025-10-16")] // 审核确认 ≤10 WD, across 国庆+中秋 2025
    [InlineData("2026-02-10", 30, "2026-03-30")] // whole procedure ≤30 WD, across 春节 2026
    public void Due_date_is_the_limit_in_working_days_after_the_start(string start, int limit, string due)
    {
        var deadline = WorkingDayDeadline.Compute(Calendar, D(start), limit);

        deadline.Start.ShouldBe(D(start));
        deadline.LimitInWorkingDays.ShouldBe(limit);
        deadline.Due.ShouldBe(D(due));
    }

    [Theory]
    // Due Wednesday 2025-02-05.
    [InlineData("2025-01-24", false, 0, 3)] // 01-26 and 01-27 (make-up Sunday and Monday), then 02-05
    [InlineData("2025-01-30", false, 0, 1)] // inside 春节 only the due day itself remains
    [InlineData("2025-02-05", false, 0, 0)]
    [InlineData("2025-02-06", true, 1, 0)]
    [InlineData("2025-02-08", true, 3, 0)]  // the make-up Saturday counts
    [InlineData("2025-02-09", true, 3, 0)]  // a Sunday adds nothing
    [InlineData("2025-02-10", true, 4, 0)]
    public void Overdue_and_remaining_working_days(string today, bool overdue, int overdueDays, int remainingDays)
    {
        var deadline = WorkingDayDeadline.Compute(Calendar, D("2025-01-24"), 3);

        deadline.IsOverdueOn(D(today)).ShouldBe(overdue);
        deadline.OverdueWorkingDays(Calendar, D(today)).ShouldBe(overdueDays);
        deadline.RemainingWorkingDays(Calendar, D(today)).ShouldBe(remainingDays);
    }

    [Fact]
    public void A_weekend_right_after_the_due_day_is_overdue_by_zero_working_days()
    {
        var deadline = WorkingDayDeadline.Compute(Calendar, D("2025-03-14"), 5); // due Friday 03-21

        deadline.Due.ShouldBe(D("2025-03-21"));
        deadline.IsOverdueOn(D("2025-03-22")).ShouldBeTrue();
        deadline.OverdueWorkingDays(Calendar, D("2025-03-22")).ShouldBe(0);
        deadline.OverdueWorkingDays(Calendar, D("2025-03-24")).ShouldBe(1);
    }
}
