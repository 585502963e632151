using System.Globalization;
using NodaTime;

namespace Assistance.Domain.Calendar;

/// <summary>
/// One year's days off and make-up working days, as in the State Council's yearly notice
/// (国务院办公厅关于…年部分节假日安排的通知).
/// </summary>
/// <remarks>
/// Dates fall in <see cref="Year"/>, or in the December before it: a notice's 元旦 block or its make-up day
/// can start on 30 or 31 December of the previous year.
/// </remarks>
public sealed class HolidaySchedule
{
    public int Year { get; }

    /// <summary>Days off (放假), each block whole, including the weekend days inside it; ordered by date.</summary>
    public IReadOnlyList<ScheduledDay> Holidays { get; }

    /// <summary>Weekend days that are working days (调休上班); ordered by date.</summary>
    public IReadOnlyList<ScheduledDay> MakeUpWorkingDays { get; }

    /// <exception cref="ArgumentException">The days break a rule of <see cref="Check"/>.</exception>
    public HolidaySchedule(int year, IEnumerable<ScheduledDay> holidays, IEnumerable<ScheduledDay> makeUpWorkingDays)
    {
        var off = holidays.OrderBy(d => d.Date).ToArray();
        var worked = makeUpWorkingDays.OrderBy(d => d.Date).ToArray();
        if (Check(year, off, worked) is { } problem) throw new ArgumentException(problem);
        Year = year;
        Holidays = off;
        MakeUpWorkingDays = worked;
    }

    /// <summary>Why these days cannot form the schedule of <paramref name="year"/> (in zh-CN), or null when they can.</summary>
    public static string? Check(int year, IEnumerable<ScheduledDay> holidays, IEnumerable<ScheduledDay> makeUpWorkingDays)
    {
        var seen = new HashSet<LocalDate>();
        foreach (var day in holidays.Concat(makeUpWorkingDays))
        {
            if (string.IsNullOrWhiteSpace(day.Name)) return $"{Format(day.Date)} 缺少节日名称";
            if (!BelongsTo(year, day.Date)) return $"{Format(day.Date)} 不属于{year}年的节假日安排";
            if (!seen.Add(day.Date)) return $"{Format(day.Date)} 重复出现";
        }
        foreach (var day in makeUpWorkingDays)
            if (!day.Date.IsWeekend()) return $"调休上班日 {Format(day.Date)} 不是周六或周日";
        return null;
    }

    private static bool BelongsTo(int year, LocalDate date) =>
        date.Year == year || (date.Year == year - 1 && date.Month == 12);

    private static string Format(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
