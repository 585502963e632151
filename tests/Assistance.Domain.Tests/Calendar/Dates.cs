using NodaTime;
using NodaTime.Text;

namespace Assistance.Domain.Tests.Calendar;

internal static class Dates
{
    public static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;
}
