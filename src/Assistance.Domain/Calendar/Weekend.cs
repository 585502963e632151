using NodaTime;

namespace Assistance.Domain.Calendar;

internal static class Weekend
{
    public static bool IsWeekend(this LocalDate date) =>
        date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
}
