using System.Diagnostics.CodeAnalysis;
using NodaTime.Text;

namespace Assistance.Domain.Calendar;

/// <summary>
/// The stored shape of a <see cref="HolidaySchedule"/>, for administrator-added years kept as JSON documents.
/// Dates are ISO strings (yyyy-MM-dd) so that no NodaTime serializer setup is needed to read them.
/// </summary>
public sealed record HolidayScheduleDocument(
    int Year,
    IReadOnlyList<ScheduledDayDocument> Holidays,
    IReadOnlyList<ScheduledDayDocument> MakeUpWorkingDays)
{
    public static HolidayScheduleDocument From(HolidaySchedule schedule) =>
        new(schedule.Year, [.. schedule.Holidays.Select(ToDocument)], [.. schedule.MakeUpWorkingDays.Select(ToDocument)]);

    /// <summary>The schedule, or false with the reason (in zh-CN) when a date is malformed or a schedule rule is broken.</summary>
    public bool TryToSchedule([NotNullWhen(true)] out HolidaySchedule? schedule, [NotNullWhen(false)] out string? problem)
    {
        schedule = null;
        if (!TryParse(Holidays ?? [], out var holidays, out problem) ||
            !TryParse(MakeUpWorkingDays ?? [], out var makeUps, out problem)) return false;
        problem = HolidaySchedule.Check(Year, holidays, makeUps);
        if (problem is not null) return false;
        schedule = new HolidaySchedule(Year, holidays, makeUps);
        return true;
    }

    /// <exception cref="FormatException">The document does not describe a valid schedule.</exception>
    public HolidaySchedule ToSchedule() =>
        TryToSchedule(out var schedule, out var problem) ? schedule : throw new FormatException(problem);

    private static ScheduledDayDocument ToDocument(ScheduledDay day) =>
        new(LocalDatePattern.Iso.Format(day.Date), day.Name);

    private static bool TryParse(IEnumerable<ScheduledDayDocument> documents, out List<ScheduledDay> days,
        [NotNullWhen(false)] out string? problem)
    {
        days = [];
        problem = null;
        foreach (var document in documents)
        {
            var parsed = LocalDatePattern.Iso.Parse(document.Date ?? "");
            if (!parsed.Success)
            {
                problem = $"日期“{document.Date}”格式应为 yyyy-MM-dd";
                return false;
            }
            days.Add(new ScheduledDay(parsed.Value, document.Name));
        }
        return true;
    }
}
