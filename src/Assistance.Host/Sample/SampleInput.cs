using Assistance.Samples;
using JasperFx.CommandLine;
using Marten;

namespace Assistance.Host.Sample;

public sealed class SampleInput : NetCoreInput
{
    [Description("load: generate the sample city and load it into the ledger")]
    public string Action { get; set; } = "load";

    [Description("full (the article's city, default), small (5%), or province (≥ 1,000,000 households)")]
    public string SizeFlag { get; set; } = "full";

    [Description("A scale factor instead of --size (1 = the article's city)")]
    public double? ScaleFlag { get; set; }

    [Description("Random seed (the same seed gives the same city)")]
    public int SeedFlag { get; set; } = new SampleCityOptions().Seed;

    [Description("bulk (COPY of events and folded snapshots, default), bulkthenrebuild (COPY, then Marten rebuilds the snapshots) or sessions (ordinary appends)")]
    public string ModeFlag { get; set; } = "bulk";

    [Description("Continue the city through this month (yyyy-MM); default the month before today (full and small), none for a province")]
    public string? ThroughFlag { get; set; }

    [Description("Parallel writers")]
    public int WritersFlag { get; set; } = 2;
}
