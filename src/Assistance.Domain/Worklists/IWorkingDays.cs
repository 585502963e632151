namespace Assistance.Domain.Worklists;

/// <summary>工作日: the working-day arithmetic that time limits are counted in.</summary>
public interface IWorkingDays
{
    bool IsWorkingDay(LocalDate date);

    /// <summary>The working day that is <paramref name="days"/> working days after <paramref name="from"/> (the start day itself not counted).</summary>
    LocalDate AddWorkingDays(LocalDate from, int days);

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; 0 when <paramref name="to"/> is not later.</summary>
    int WorkingDaysBetween(LocalDate from, LocalDate to);
}
