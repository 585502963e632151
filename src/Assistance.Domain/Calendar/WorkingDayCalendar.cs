using NodaTime;

namespace Assistance.Domain.Calendar;

/// <summary>
/// Working days (工作日) for statutory time limits: Monday to Friday, less the days off of the holiday schedules,
/// plus their make-up working days (调休上班). A year without a schedule is plain Monday to Friday.
/// </summary>
/// <remarks>Immutable; <see cref="With"/> returns a new calendar.</remarks>
public sealed class WorkingDayCalendar
{
    private readonly SortedDictionary<int, HolidaySchedule> _schedules = new();
    private readonly Dictionary<LocalDate, bool> _isWorkingOverride = new();

    /// <summary>A calendar from these schedules; when two share a year, the later one wins.</summary>
    public WorkingDayCalendar(IEnumerable<HolidaySchedule> schedules)
    {
        foreach (var schedule in schedules) _schedules[schedule.Year] = schedule;

        var entries = _schedules.Values.SelectMany(s =>
            s.Holidays.Select(d => (d.Date, Working: false, OwnYear: d.Date.Year == s.Year))
                .Concat(s.MakeUpWorkingDays.Select(d => (d.Date, Working: true, OwnYear: d.Date.Year == s.Year))));
        // A December day listed by next year's notice (its 元旦 block) yields to the notice of its own year.
        foreach (var entry in entries.OrderBy(e => e.OwnYear)) _isWorkingOverride[entry.Date] = entry.Working;
    }

    /// <summary>The calendar with the State Council schedules the ledger ships (<see cref="OfficialHolidaySchedules.All"/>).</summary>
    public static WorkingDayCalendar WithDefaults() => new(OfficialHolidaySchedules.All);

    /// <summary>This calendar plus <paramref name="schedules"/>, each replacing any schedule of its year (e.g. administrator-added years).</summary>
    public WorkingDayCalendar With(params IEnumerable<HolidaySchedule> schedules) => new(_schedules.Values.Concat(schedules));

    /// <summary>The schedules in force, ordered by year.</summary>
    public IReadOnlyList<HolidaySchedule> Schedules => [.. _schedules.Values];

    /// <summary>False when <paramref name="year"/> falls back to plain Monday to Friday, so its deadlines may be off.</summary>
    public bool HasScheduleFor(int year) => _schedules.ContainsKey(year);

    public bool IsWorkingDay(LocalDate date) =>
        _isWorkingOverride.TryGetValue(date, out var working) ? working : !date.IsWeekend();

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public LocalDate NextWorkingDay(LocalDate date)
    {
        var next = date.PlusDays(1);
        while (!IsWorkingDay(next)) next = next.PlusDays(1);
        return next;
    }

    /// <summary>
    /// The <paramref name="workingDays"/>-th working day after <paramref name="start"/>; the start day itself is never
    /// counted (期间开始之日不计算在内). For 0: <paramref name="start"/> when it is a working day, else the next one.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is negative.</exception>
    public LocalDate AddWorkingDays(LocalDate start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        if (workingDays == 0) return IsWorkingDay(start) ? start : NextWorkingDay(start);
        var date = start;
        for (var i = 0; i < workingDays; i++) date = NextWorkingDay(date);
        return date;
    }

    /// <summary>
    /// The number of working days after <paramref name="from"/> up to and including <paramref name="to"/>;
    /// 0 when they are equal, and negative when <paramref name="to"/> is earlier, so that swapping them flips the sign.
    /// </summary>
    public int WorkingDaysBetween(LocalDate from, LocalDate to)
    {
        if (to < from) return -WorkingDaysBetween(to, from);
        var count = 0;
        for (var date = from.PlusDays(1); date <= to; date = date.PlusDays(1))
            if (IsWorkingDay(date)) count++;
        return count;
    }
}
