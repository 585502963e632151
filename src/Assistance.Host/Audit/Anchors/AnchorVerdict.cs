namespace Assistance.Host.Audit.Anchors;

/// <summary>Whether the chain of daily anchors is intact and the latest one still describes the store; problems in zh-CN.</summary>
public sealed record AnchorVerdict(bool Valid, int Anchors, string? LatestDay, string? LatestDigest, long HighestSequence, IReadOnlyList<string> Problems);
