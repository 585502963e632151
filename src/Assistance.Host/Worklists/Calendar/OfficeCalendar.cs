using Assistance.Domain.Calendar;

namespace Assistance.Host.Worklists.Calendar;

/// <summary>
/// The working-day calendar in force: the State Council schedules shipped with the ledger (2024–2026) plus the years
/// an administrator adds. One instance for the process, since the async projection is configured before DI exists.
/// </summary>
public sealed class OfficeCalendar
{
    public static OfficeCalendar Instance { get; } = new();

    private WorkingDayCalendar _current = WorkingDayCalendar.WithDefaults();

    public WorkingDayCalendar Current => Volatile.Read(ref _current);

    /// <summary>Adds or replaces the schedule of its year.</summary>
    public void Use(HolidaySchedule schedule)
    {
        WorkingDayCalendar before, after;
        do
        {
            before = Current;
            after = before.With(schedule);
        } while (Interlocked.CompareExchange(ref _current, after, before) != before);
    }
}
