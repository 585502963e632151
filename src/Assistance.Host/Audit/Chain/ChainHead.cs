namespace Assistance.Host.Audit.Chain;

/// <summary>The last stored event of a stream and its seal: where the next append continues the chain.</summary>
public sealed record ChainHead(Guid StreamId, long Version, string? Hash);
