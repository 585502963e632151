using System.Text.Json;

namespace Assistance.Host.Audit.Anchors;

/// <summary>What the anchor file holds: enough to recompute the anchor's digest and to compare it with the store's record.</summary>
public sealed record AnchorFile(string Day, string Previous, long Streams, long Events, long HighestSequence, string HeadsDigest, string Digest)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static AnchorFile Of(AuditAnchor a) => new(a.Id, a.Previous, a.Streams, a.Events, a.HighestSequence, a.HeadsDigest, a.Digest);
}
