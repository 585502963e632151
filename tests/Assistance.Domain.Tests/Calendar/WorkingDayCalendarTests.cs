using Assistance.Domain.Calendar;
using CsCheck;
using NodaTime;
using static Assistance.Domain.Tests.Calendar.Dates;

namespace Assistance.Domain.Tests.Calendar;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.WithDefaults();

    [Theory]
    [InlineData("2024-02-04", true)]  // Sunday, 春节 make-up
    [InlineData("2024-02-09", true)]  // 除夕 2024 was only encouraged leave
    [InlineData("2024-02-10", false)]
    [InlineData("2024-02-18", true)]  // Sunday, 春节 make-up
    [InlineData("2024-06-10", false)]
    [InlineData("2024-09-14", true)]  // Saturday, 中秋 make-up
    [InlineData("2024-09-29", true)]  // Sunday, 国庆 make-up
    [InlineData("2024-10-07", false)] // Monday inside 国庆
    [InlineData("2024-10-12", true)]  // Saturday, 国庆 make-up
    [InlineData("2025-01-01", false)]
    [InlineData("2025-01-26", true)]  // Sunday, 春节 make-up
    [InlineData("2025-01-28", false)] // 除夕, a statutory holiday from 2025
    [InlineData("2025-02-04", false)]
    [InlineData("2025-02-08", true)]  // Saturday, 春节 make-up
    [InlineData("2025-02-09", false)] // an ordinary Sunday
    [InlineData("2025-04-27", true)]
    [InlineData("2025-05-05", false)]
    [InlineData("2025-06-02", false)]
    [InlineData("2025-09-28", true)]
    [InlineData("2025-10-08", false)]
    [InlineData("2025-10-11", true)]
    [InlineData("2026-01-02", false)]
    [InlineData("2026-01-04", true)]
    [InlineData("2026-02-14", true)]
    [InlineData("2026-02-23", false)] // Monday inside 春节
    [InlineData("2026-02-28", true)]
    [InlineData("2026-05-09", true)]
    [InlineData("2026-09-20", true)]
    [InlineData("2026-10-08", true)]
    [InlineData("2026-10-10", true)]
    [InlineData("2025-03-15", false)] // an ordinary Saturday
    [InlineData("2025-03-17", true)]  // an ordinary Monday
    public void Knows_holidays_and_make_up_working_days(string date, bool working) =>
        Calendar.IsWorkingDay(D(date)).ShouldBe(working);

    [Theory]
    // 春节 2025: off 01-28..02-04, make-up Sunday 01-26 and Saturday 02-08.
    [InlineData("2025-01-24", 1, "2025-01-26")]
    [InlineData("2025-01-24", 2, "2025-01-27")]
    [InlineData("2025-01-24", 3, "2025-02-05")]
    [InlineData("2025-01-27", 1, "2025-02-05")]
    [InlineData("2025-02-05", 3, "2025-02-08")]
    [InlineData("2025-02-05", 4, "2025-02-10")]
    [InlineData("2025-01-27", 10, "2025-02-17")]
    // 春节 2026: off 02-15..02-23, make-up Saturdays 02-14 and 02-28.
    [InlineData("2026-02-13", 1, "2026-02-14")]
    [InlineData("2026-02-13", 2, "2026-02-24")]
    [InlineData("2026-02-24", 4, "2026-02-28")]
    [InlineData("2026-02-24", 5, "2026-03-02")]
    [InlineData("2026-02-12", 10, "2026-03-04")]
    // 国庆 2024: off 10-01..10-07, make-up Sunday 09-29 and Saturday 10-12.
    [InlineData("2024-09-27", 1, "2024-09-29")]
    [InlineData("2024-09-27", 3, "2024-10-08")]
    [InlineData("2024-09-30", 5, "2024-10-12")]
    [InlineData("2024-09-30", 6, "2024-10-14")]
    // 国庆+中秋 2025: off 10-01..10-08, make-up Sunday 09-28 and Saturday 10-11.
    [InlineData("2025-09-26", 1, "2025-09-28")]
    [InlineData("2025-09-26", 4, "2025-10-09")]
    [InlineData("2025-09-30", 3, "2025-10-11")]
    [InlineData("2025-09-30", 4, "2025-10-13")]
    [InlineData("2025-09-15", 30, "2025-10-31")]
    // Across the turn of the year: 2025-12-31 is a Wednesday, 2026-01-01..03 off, Sunday 01-04 worked.
    [InlineData("2025-12-31", 1, "2026-01-04")]
    // Starting on a day off counts from the next working day.
    [InlineData("2025-02-01", 1, "2025-02-05")]
    public void Adds_working_days_across_holiday_blocks(string start, int workingDays, string expected) =>
        Calendar.AddWorkingDays(D(start), workingDays).ShouldBe(D(expected));

    [Theory]
    [InlineData("2025-01-26", "2025-01-26")] // a make-up Sunday is itself a working day
    [InlineData("2025-01-28", "2025-02-05")]
    [InlineData("2025-03-17", "2025-03-17")]
    public void Adding_zero_working_days_stays_on_a_working_day_or_moves_to_the_next(string start, string expected) =>
        Calendar.AddWorkingDays(D(start), 0).ShouldBe(D(expected));

    [Fact]
    public void Adding_a_negative_number_of_working_days_is_refused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(D("2025-03-17"), -1));

    [Theory]
    [InlineData("2025-01-24", "2025-01-26")]
    [InlineData("2025-01-27", "2025-02-05")]
    [InlineData("2025-02-07", "2025-02-08")]
    [InlineData("2024-10-04", "2024-10-08")]
    public void Next_working_day_is_strictly_after(string date, string expected) =>
        Calendar.NextWorkingDay(D(date)).ShouldBe(D(expected));

    [Theory]
    [InlineData("2025-01-24", "2025-02-10", 7)]  // 01-26, 01-27, 02-05..02-08, 02-10
    [InlineData("2025-01-27", "2025-02-05", 1)]
    [InlineData("2025-01-28", "2025-02-04", 0)]  // wholly inside the block
    [InlineData("2026-02-13", "2026-03-02", 7)]  // 02-14, 02-24..02-28, 03-02
    [InlineData("2024-09-27", "2024-10-14", 8)]  // 09-29, 09-30, 10-08..10-12, 10-14
    [InlineData("2025-09-26", "2025-10-13", 7)]  // 09-28..09-30, 10-09..10-11, 10-13
    [InlineData("2025-03-17", "2025-03-17", 0)]
    [InlineData("2025-02-10", "2025-01-24", -7)] // reversed: the sign flips
    public void Counts_working_days_after_from_up_to_and_including_to(string from, string to, int expected) =>
        Calendar.WorkingDaysBetween(D(from), D(to)).ShouldBe(expected);

    [Fact]
    public void A_year_without_a_schedule_falls_back_to_monday_to_friday()
    {
        Calendar.HasScheduleFor(2025).ShouldBeTrue();
        Calendar.HasScheduleFor(2027).ShouldBeFalse();
        Calendar.HasScheduleFor(2023).ShouldBeFalse();

        Calendar.IsWorkingDay(D("2027-10-01")).ShouldBeTrue(); // a Friday, but no 2027 notice yet
        Calendar.IsWorkingDay(D("2027-10-02")).ShouldBeFalse();
        Calendar.AddWorkingDays(D("2026-12-31"), 2).ShouldBe(D("2027-01-04"));
        Calendar.WorkingDaysBetween(D("2027-01-01"), D("2027-01-31")).ShouldBe(20);
    }

    [Fact]
    public void An_administrator_added_year_extends_the_calendar_without_changing_the_original()
    {
        // Invented for the test; not the State Council's 2027 schedule.
        var year2027 = new HolidaySchedule(2027,
            [
                new(D("2027-01-01"), "元旦"),
                .. Enumerable.Range(0, 8).Select(i => new ScheduledDay(D("2027-02-05").PlusDays(i), "春节")),
            ],
            [new(D("2027-02-20"), "春节")]);

        var extended = Calendar.With(year2027);

        extended.HasScheduleFor(2027).ShouldBeTrue();
        extended.IsWorkingDay(D("2027-01-01")).ShouldBeFalse();
        extended.IsWorkingDay(D("2027-02-20")).ShouldBeTrue();
        extended.AddWorkingDays(D("2027-02-04"), 1).ShouldBe(D("2027-02-15"));
        extended.AddWorkingDays(D("2025-01-24"), 1).ShouldBe(D("2025-01-26"));
        extended.Schedules.Select(s => s.Year).ShouldBe([2024, 2025, 2026, 2027]);
        Calendar.HasScheduleFor(2027).ShouldBeFalse();
        Calendar.IsWorkingDay(D("2027-01-01")).ShouldBeTrue();
    }

    [Fact]
    public void An_administrator_schedule_replaces_the_shipped_one_for_its_year()
    {
        var amended2026 = new HolidaySchedule(2026, [new(D("2026-01-01"), "元旦")], []);

        var calendar = Calendar.With(amended2026);

        calendar.IsWorkingDay(D("2026-01-02")).ShouldBeTrue();
        calendar.IsWorkingDay(D("2026-01-04")).ShouldBeFalse();
        calendar.IsWorkingDay(D("2026-10-01")).ShouldBeTrue();
        calendar.Schedules.Single(s => s.Year == 2026).ShouldBeSameAs(amended2026);
    }

    [Fact]
    public void A_make_up_day_in_the_previous_december_counts_even_without_a_schedule_for_that_year()
    {
        // The 2012 notice: 元旦 01-01..01-03 with Saturday 2011-12-31 worked.
        var year2012 = new HolidaySchedule(2012,
            [new(D("2012-01-01"), "元旦"), new(D("2012-01-02"), "元旦"), new(D("2012-01-03"), "元旦")],
            [new(D("2011-12-31"), "元旦")]);

        var calendar = new WorkingDayCalendar([year2012]);

        calendar.HasScheduleFor(2011).ShouldBeFalse();
        calendar.IsWorkingDay(D("2011-12-31")).ShouldBeTrue();
        calendar.AddWorkingDays(D("2011-12-30"), 2).ShouldBe(D("2012-01-04"));
    }

    [Fact]
    public void A_schedule_of_the_dates_own_year_wins_over_the_next_years_notice()
    {
        var next = new HolidaySchedule(2012, [], [new(D("2011-12-31"), "元旦")]);
        var own = new HolidaySchedule(2011, [new(D("2011-12-31"), "元旦")], []);

        new WorkingDayCalendar([next, own]).IsWorkingDay(D("2011-12-31")).ShouldBeFalse();
        new WorkingDayCalendar([own, next]).IsWorkingDay(D("2011-12-31")).ShouldBeFalse();
    }

    [Fact]
    public void Adding_then_counting_gives_back_the_number_of_working_days()
    {
        var first = D("2023-10-01");
        Gen.Select(Gen.Int[0, 4 * 366], Gen.Int[1, 60]).Sample((offset, workingDays) =>
        {
            var start = first.PlusDays(offset);
            var end = Calendar.AddWorkingDays(start, workingDays);
            return Calendar.IsWorkingDay(end)
                   && Calendar.WorkingDaysBetween(start, end) == workingDays
                   && Calendar.WorkingDaysBetween(end, start) == -workingDays;
        });
    }
}
