using Assistance.Host.Audit.Anchors;
using Marten;

namespace Assistance.Host.Audit.Chain;

/// <summary>The result over the whole store: every stream's first break, and the anchors' own check.</summary>
public sealed record StoreVerdict(bool Valid, long Streams, long Events, IReadOnlyList<BrokenStream> Broken, AnchorVerdict Anchor);
