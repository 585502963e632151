namespace Assistance.Host.Audit.Chain;

/// <summary>One row of the event table exactly as stored, read without the event classes.</summary>
public sealed record StoredEvent(long Sequence, Guid StreamId, long Version, string Type, string Data, string? Actor, DateTimeOffset RecordedAt, string? Seal)
{
    public string Recompute(string previous) => EventSeal.Of(previous, StreamId, Version, Type, CanonicalJson.Of(Data), Actor, RecordedAt);
}
