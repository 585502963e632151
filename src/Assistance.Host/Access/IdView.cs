using NodaTime;

namespace Assistance.Host.Access;

/// <summary>
/// One look at full ID numbers (查看完整身份证号): who, when, in which county, and which case or file. <see cref="ViewedDay"/> is the
/// office date as yyyymmdd, a plain indexed key the log's date range is queried by (0 on views recorded before it existed).
/// </summary>
public sealed record IdView(Guid Id, string UserId, string Actor, Instant ViewedAt, string CountyCode, Guid? CaseId, string? File, int ViewedDay = 0)
{
    public static int DayKey(LocalDate day) => day.Year * 10_000 + day.Month * 100 + day.Day;
}
