using Marten;

namespace Assistance.Host.Audit.Chain;

/// <summary>How far a whole-store verification has got.</summary>
public sealed record VerifyProgress(long Streams, long Events, long Broken);
