using Assistance.Host.Audit.Anchors;
using Marten;

namespace Assistance.Host.Audit.Chain;

/// <summary>The result over the whole store: every stream's first break, and the anchors' own check.</summary>
/// <remarks>
/// <see cref="SealedAtRest"/>: streams whose first events were stored before the chain existed and sealed later.
/// <see cref="BrokenElsewhere"/>: broken streams outside the reader's counties, counted but not named.
/// </remarks>
public sealed record StoreVerdict(bool Valid, long Streams, long Events, IReadOnlyList<BrokenStream> Broken, AnchorVerdict Anchor, long SealedAtRest = 0,
    long BrokenElsewhere = 0);
