using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Assistance.Host.Audit.Anchors;

/// <summary>
/// 每日锚定: one day's fold of the heads of every stream with the store's event count and highest sequence, chained to
/// the previous day's anchor. Its <see cref="Digest"/> noted elsewhere (the anchor file) proves later that no stream,
/// no last event and no whole case has gone since.
/// </summary>
public sealed class AuditAnchor
{
    /// <summary>The office day, yyyy-MM-dd.</summary>
    public string Id { get; set; } = "";
    public string Previous { get; set; } = "";
    public long Streams { get; set; }
    public long Events { get; set; }
    public long HighestSequence { get; set; }
    /// <summary>SHA-256 over every anchored stream head (id, version, seal), in stream-id order.</summary>
    public string HeadsDigest { get; set; } = "";
    public string Digest { get; set; } = "";
    /// <summary>How many streams moved since the previous anchor.</summary>
    public long StreamsChanged { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public double Seconds { get; set; }

    public string ComputeDigest()
    {
        var text = string.Join('\n', Previous, Id, Streams.ToString(CultureInfo.InvariantCulture), Events.ToString(CultureInfo.InvariantCulture),
            HighestSequence.ToString(CultureInfo.InvariantCulture), HeadsDigest);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
