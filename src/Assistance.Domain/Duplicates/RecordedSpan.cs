namespace Assistance.Domain.Duplicates;

/// <summary>A stretch of recorded time, from an event to the one that ended it (open while nothing has).</summary>
public sealed record RecordedSpan(Instant From, Instant? To)
{
    public bool Overlaps(RecordedSpan other) => (To is null || other.From < To) && (other.To is null || From < other.To);
}
