using NodaTime;

namespace Assistance.Host.Audit.Anchors;

/// <summary>Anchor <see cref="Day"/>; asked for by the daily job once it has recorded what time caused up to that day.</summary>
public sealed record AnchorDay(DateOnly Day);

/// <summary>Makes the day's anchor (once: a second request for the same day finds the anchor made).</summary>
public static class DailyAnchorHandler
{
    public static Task Handle(AnchorDay message, DailyAnchor anchor, CancellationToken ct) =>
        anchor.EnsureAsync(LocalDate.FromDateOnly(message.Day), ct);
}
