namespace Assistance.Host.Audit.Anchors;

/// <summary>Configuration <c>Audit:AnchorDirectory</c>: where each day's anchor is also written, for the office to keep elsewhere.</summary>
public sealed record AnchorOptions(string? Directory)
{
    public static AnchorOptions From(IConfiguration configuration) => new(configuration["Audit:AnchorDirectory"] is { Length: > 0 } d ? d : null);

    public string? FileOf(string day) => Directory is null ? null : Path.Combine(Directory, $"anchor-{day}.json");
}
