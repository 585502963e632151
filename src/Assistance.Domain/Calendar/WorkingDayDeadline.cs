using NodaTime;

namespace Assistance.Domain.Calendar;

/// <summary>A time limit of some working days after a start date (期限), e.g. 审核确认 within 10 WD of receiving the file.</summary>
public sealed record WorkingDayDeadline
{
    private WorkingDayDeadline(LocalDate start, int limitInWorkingDays, LocalDate due)
    {
        Start = start;
        LimitInWorkingDays = limitInWorkingDays;
        Due = due;
    }

    public LocalDate Start { get; }

    public int LimitInWorkingDays { get; }

    /// <summary>The last day on which the step is on time.</summary>
    public LocalDate Due { get; }

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limitInWorkingDays"/> is negative.</exception>
    public static WorkingDayDeadline Compute(WorkingDayCalendar calendar, LocalDate start, int limitInWorkingDays) =>
        new(start, limitInWorkingDays, calendar.AddWorkingDays(start, limitInWorkingDays));

    /// <summary>True once <paramref name="today"/> is past <see cref="Due"/>, even on a weekend that adds no overdue working day.</summary>
    public bool IsOverdueOn(LocalDate today) => today > Due;

    /// <summary>Working days after <see cref="Due"/> up to and including <paramref name="today"/>; 0 when not overdue.</summary>
    public int OverdueWorkingDays(WorkingDayCalendar calendar, LocalDate today) =>
        Math.Max(0, calendar.WorkingDaysBetween(Due, today));

    /// <summary>Working days after <paramref name="today"/> up to and including <see cref="Due"/>; 0 on the due day and after.</summary>
    public int RemainingWorkingDays(WorkingDayCalendar calendar, LocalDate today) =>
        Math.Max(0, calendar.WorkingDaysBetween(today, Due));
}
