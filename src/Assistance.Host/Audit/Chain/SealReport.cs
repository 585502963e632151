namespace Assistance.Host.Audit.Chain;

/// <summary>What one run of <see cref="LegacySealing"/> did: streams and events sealed, streams found sealed already, and streams it could not seal (a version missing).</summary>
public sealed record SealReport(long Streams, long Events, long AlreadySealed, IReadOnlyList<Guid> NotSealable);
