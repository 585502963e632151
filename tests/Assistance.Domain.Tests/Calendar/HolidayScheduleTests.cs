using System.Text.Json;
using Assistance.Domain.Calendar;
using static Assistance.Domain.Tests.Calendar.Dates;

namespace Assistance.Domain.Tests.Calendar;

public class HolidayScheduleTests
{
    [Fact]
    public void Days_are_kept_in_date_order()
    {
        var schedule = new HolidaySchedule(2025,
            [new(D("2025-10-01"), "国庆节"), new(D("2025-01-01"), "元旦")],
            [new(D("2025-10-11"), "国庆节"), new(D("2025-09-28"), "国庆节")]);

        schedule.Holidays.Select(d => d.Date).ShouldBe([D("2025-01-01"), D("2025-10-01")]);
        schedule.MakeUpWorkingDays.Select(d => d.Date).ShouldBe([D("2025-09-28"), D("2025-10-11")]);
    }

    [Theory]
    [InlineData("2025-12-31", null)]       // its own year
    [InlineData("2024-12-30", null)]       // the previous December, for a 元旦 block
    [InlineData("2024-11-30", "不属于2025年")]
    [InlineData("2026-01-01", "不属于2025年")]
    public void Dates_belong_to_the_year_or_the_december_before(string date, string? problem)
    {
        var found = HolidaySchedule.Check(2025, [new(D(date), "元旦")], []);

        if (problem is null) found.ShouldBeNull();
        else found.ShouldNotBeNull().ShouldContain(problem);
    }

    [Theory]
    [InlineData("2025-02-07", "2025-02-07", "重复")]     // both off and worked
    [InlineData("2025-02-05", "2025-02-07", "不是周六或周日")] // a weekday cannot be a make-up day
    public void Contradictory_or_meaningless_days_are_rejected(string holiday, string makeUp, string problem)
    {
        var holidays = new[] { new ScheduledDay(D(holiday), "春节") };
        var makeUps = new[] { new ScheduledDay(D(makeUp), "春节") };

        HolidaySchedule.Check(2025, holidays, makeUps).ShouldNotBeNull().ShouldContain(problem);
        Should.Throw<ArgumentException>(() => new HolidaySchedule(2025, holidays, makeUps));
    }

    [Fact]
    public void A_day_needs_its_festival_name() =>
        HolidaySchedule.Check(2025, [new(D("2025-01-01"), " ")], []).ShouldNotBeNull().ShouldContain("缺少节日名称");

    [Fact]
    public void A_schedule_survives_a_json_round_trip_as_a_plain_document()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        var json = JsonSerializer.Serialize(HolidayScheduleDocument.From(OfficialHolidaySchedules.Year2025), options);
        var back = JsonSerializer.Deserialize<HolidayScheduleDocument>(json, options)!.ToSchedule();

        json.ShouldContain("\"makeUpWorkingDays\":[{\"date\":\"2025-01-26\",\"name\":");
        back.Year.ShouldBe(2025);
        back.Holidays.ShouldBe(OfficialHolidaySchedules.Year2025.Holidays);
        back.MakeUpWorkingDays.ShouldBe(OfficialHolidaySchedules.Year2025.MakeUpWorkingDays);
    }

    [Theory]
    [InlineData("2027-13-01", "格式应为")]
    [InlineData("2027-02-03", "不是周六或周日")]
    public void A_bad_document_reports_why(string makeUpDate, string problem)
    {
        var document = new HolidayScheduleDocument(2027, [new("2027-01-01", "元旦")], [new(makeUpDate, "春节")]);

        document.TryToSchedule(out var schedule, out var found).ShouldBeFalse();
        schedule.ShouldBeNull();
        found.ShouldContain(problem);
        Should.Throw<FormatException>(() => document.ToSchedule()).Message.ShouldContain(problem);
    }
}
