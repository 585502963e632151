namespace Assistance.Domain.Worklists;

/// <summary>
/// Monday to Friday as working days, with no public holidays: the stand-in until the holiday calendar
/// (法定节假日 and 调休) is wired behind <see cref="IWorkingDays"/>.
/// </summary>
public sealed class WeekdayWorkingDays : IWorkingDays
{
    public bool IsWorkingDay(LocalDate date) => date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);

    public LocalDate AddWorkingDays(LocalDate from, int days)
    {
        var date = from;
        while (days > 0)
        {
            date = date.PlusDays(1);
            if (IsWorkingDay(date)) days--;
        }
        return date;
    }

    public int WorkingDaysBetween(LocalDate from, LocalDate to)
    {
        var count = 0;
        for (var date = from.PlusDays(1); date <= to; date = date.PlusDays(1))
            if (IsWorkingDay(date)) count++;
        return count;
    }
}
