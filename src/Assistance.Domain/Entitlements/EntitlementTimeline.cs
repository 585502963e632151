using NodaTime;

namespace Assistance.Domain.Entitlements;

/// <summary>
/// The ordered entitlement segments of one case, derived from its events by effective month.
/// A change that takes effect earlier than the tail rewrites the tail, which is how backdated exits and corrections work.
/// </summary>
public static class EntitlementTimeline
{
    /// <summary>The segments with <paramref name="segment"/> in force from its first month on, replacing whatever covered those months.</summary>
    public static IReadOnlyList<EntitlementSegment> ChangeFrom(IReadOnlyList<EntitlementSegment> segments, EntitlementSegment segment) =>
        [.. EndBefore(segments, segment.From), segment];

    /// <summary>The segments with nothing in force from <paramref name="month"/> on (an exit effective that month).</summary>
    public static IReadOnlyList<EntitlementSegment> EndBefore(IReadOnlyList<EntitlementSegment> segments, YearMonth month)
    {
        var lastCovered = month.PlusMonths(-1);
        return segments
            .Where(s => s.From < month)
            .Select(s => s.To is null || s.To > lastCovered ? s with { To = lastCovered } : s)
            .ToList();
    }

    /// <summary>The segment in force in <paramref name="month"/>, if any: the last one that covers it.</summary>
    /// <remarks>A loop rather than LINQ: a roll asks this for every case and every issued month before its own.</remarks>
    public static EntitlementSegment? At(IReadOnlyList<EntitlementSegment> segments, YearMonth month)
    {
        for (var i = segments.Count - 1; i >= 0; i--)
            if (segments[i].Covers(month)) return segments[i];
        return null;
    }
}
