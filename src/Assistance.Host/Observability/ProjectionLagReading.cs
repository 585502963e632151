namespace Assistance.Host.Observability;

/// <summary>
/// How far one async projection (statistics, worklists, …) is behind the store: events not yet applied, and the age in
/// seconds of the oldest of them (0 when caught up).
/// </summary>
public sealed record ProjectionLagReading(string Projection, long EventsBehind, double SecondsBehind);
