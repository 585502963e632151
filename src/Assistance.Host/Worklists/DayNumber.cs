using NodaTime;

namespace Assistance.Host.Worklists;

/// <summary>A date as the number yyyyMMdd, which orders like the date.</summary>
public static class DayNumber
{
    public static int Of(LocalDate d) => d.Year * 10000 + d.Month * 100 + d.Day;

    public static LocalDate ToDate(int n) => new(n / 10000, n / 100 % 100, n % 100);
}
