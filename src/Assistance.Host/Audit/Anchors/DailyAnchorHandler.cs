using NodaTime;

namespace Assistance.Host.Audit.Anchors;

/// <summary>Makes the day's anchor (once: a second request for the same day finds the anchor made).</summary>
public static class DailyAnchorHandler
{
    public static Task Handle(AnchorDay message, DailyAnchor anchor, CancellationToken ct) =>
        anchor.EnsureAsync(LocalDate.FromDateOnly(message.Day), ct);
}
