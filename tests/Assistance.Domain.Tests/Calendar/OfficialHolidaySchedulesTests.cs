using Assistance.Domain.Calendar;
using static Assistance.Domain.Tests.Calendar.Dates;

namespace Assistance.Domain.Tests.Calendar;

public class OfficialHolidaySchedulesTests
{
    [Theory]
    [InlineData(2024, "元旦", "2023-12-30", "2024-01-01")]
    [InlineData(2024, "春节", "2024-02-10", "2024-02-17")]
    [InlineData(2024, "清明节", "2024-04-04", "2024-04-06")]
    [InlineData(2024, "劳动节", "2024-05-01", "2024-05-05")]
    [InlineData(2024, "端午节", "2024-06-08", "2024-06-10")]
    [InlineData(2024, "中秋节", "2024-09-15", "2024-09-17")]
    [InlineData(2024, "国庆节", "2024-10-01", "2024-10-07")]
    [InlineData(2025, "元旦", "2025-01-01", "2025-01-01")]
    [InlineData(2025, "春节", "2025-01-28", "2025-02-04")]
    [InlineData(2025, "清明节", "2025-04-04", "2025-04-06")]
    [InlineData(2025, "劳动节", "2025-05-01", "2025-05-05")]
    [InlineData(2025, "端午节", "2025-05-31", "2025-06-02")]
    [InlineData(2025, "国庆节、中秋节", "2025-10-01", "2025-10-08")]
    [InlineData(2026, "元旦", "2026-01-01", "2026-01-03")]
    [InlineData(2026, "春节", "2026-02-15", "2026-02-23")]
    [InlineData(2026, "清明节", "2026-04-04", "2026-04-06")]
    [InlineData(2026, "劳动节", "2026-05-01", "2026-05-05")]
    [InlineData(2026, "端午节", "2026-06-19", "2026-06-21")]
    [InlineData(2026, "中秋节", "2026-09-25", "2026-09-27")]
    [InlineData(2026, "国庆节", "2026-10-01", "2026-10-07")]
    public void Each_festival_is_one_unbroken_block_of_days_off(int year, string name, string first, string last)
    {
        var dates = Schedule(year).Holidays.Where(d => d.Name == name).Select(d => d.Date).ToList();

        dates.First().ShouldBe(D(first));
        dates.Last().ShouldBe(D(last));
        dates.Count.ShouldBe(NodaTime.Period.DaysBetween(D(first), D(last)) + 1);
    }

    [Theory]
    [InlineData(2024, "2024-02-04 春节", "2024-02-18 春节", "2024-04-07 清明节", "2024-04-28 劳动节", "2024-05-11 劳动节",
        "2024-09-14 中秋节", "2024-09-29 国庆节", "2024-10-12 国庆节")]
    [InlineData(2025, "2025-01-26 春节", "2025-02-08 春节", "2025-04-27 劳动节", "2025-09-28 国庆节、中秋节", "2025-10-11 国庆节、中秋节")]
    [InlineData(2026, "2026-01-04 元旦", "2026-02-14 春节", "2026-02-28 春节", "2026-05-09 劳动节", "2026-09-20 国庆节",
        "2026-10-10 国庆节")]
    public void Make_up_working_days_are_those_of_the_notice(int year, params string[] expected) =>
        Schedule(year).MakeUpWorkingDays.Select(d => $"{d.Date:uuuu-MM-dd} {d.Name}").ShouldBe(expected);

    [Fact]
    public void The_shipped_years_are_2024_to_2026() =>
        OfficialHolidaySchedules.All.Select(s => s.Year).ShouldBe([2024, 2025, 2026]);

    private static HolidaySchedule Schedule(int year) => OfficialHolidaySchedules.All.Single(s => s.Year == year);
}
