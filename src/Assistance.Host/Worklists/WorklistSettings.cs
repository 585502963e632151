using Assistance.Domain.Calendar;
using Assistance.Domain.Worklists;

namespace Assistance.Host.Worklists;

/// <summary>
/// The one place that says which working-day calendar and which policy parameters the worklists use; the async
/// projection is built before DI exists, so it reads these too.
/// </summary>
public static class WorklistSettings
{
    public static WorkingDayCalendar Calendar { get; } = WorkingDayCalendar.WithDefaults();

    public static WorklistPolicy Policy => WorklistPolicy.Defaults;
}
