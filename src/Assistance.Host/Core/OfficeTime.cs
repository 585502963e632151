using NodaTime;

namespace Assistance.Host.Core;

/// <summary>Where the offices are: dates ("today", "the end of that day") are read in China Standard Time.</summary>
public static class OfficeTime
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    public static LocalDate Today(this IClock clock) => DayOf(clock.GetCurrentInstant());

    /// <summary>The office day <paramref name="at"/> falls on.</summary>
    public static LocalDate DayOf(Instant at) => at.InZone(Zone).Date;

    /// <summary>The first instant after <paramref name="date"/> ends in China Standard Time.</summary>
    public static Instant EndOf(LocalDate date) => date.PlusDays(1).AtStartOfDayInZone(Zone).ToInstant();
}
