namespace Assistance.Host.Storage;

/// <summary>One projection in /health: its lag, and whether this node's daemon runs it (null where another node may).</summary>
public sealed record ProjectionState(long EventsBehind, double SecondsBehind, bool? Running);
