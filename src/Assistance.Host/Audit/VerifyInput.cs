using JasperFx.CommandLine;

namespace Assistance.Host.Audit;

public sealed class VerifyInput : NetCoreInput
{
    [Description("Also anchor today before verifying (as the daily job would)")]
    public bool AnchorFlag { get; set; }
}
