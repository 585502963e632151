namespace Assistance.Host.Audit.Chain;

/// <summary>Where a stream's stored events stop being exactly those appended, and why (<see cref="ChainBreakReasons"/>), with a zh-CN detail.</summary>
public sealed record ChainBreak(long Version, string Reason, string Detail);
