namespace Assistance.Host.Audit.Anchors;

/// <summary>A stream's last event as the latest daily anchor saw it: what every later check expects still to find.</summary>
public sealed class AnchoredStreamHead
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public long Sequence { get; set; }
    public string Hash { get; set; } = "";
    /// <summary>The anchor (day) that last moved this head.</summary>
    public string AnchoredOn { get; set; } = "";
}
