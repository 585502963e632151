using Assistance.Host.Worklists.DailyJob;
using NodaTime;

namespace Assistance.Host.Audit.Anchors;

/// <summary>The daily job also anchors the day (once: a second run of the same day finds the anchor made).</summary>
public static class DailyAnchorHandler
{
    public static Task Handle(RunDailyChecks message, DailyAnchor anchor, CancellationToken ct) =>
        anchor.EnsureAsync(LocalDate.FromDateOnly(message.Through), ct);
}
