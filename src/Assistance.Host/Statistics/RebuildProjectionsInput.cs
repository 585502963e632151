using JasperFx.CommandLine;
using Marten;

namespace Assistance.Host.Statistics;

public sealed class RebuildProjectionsInput : NetCoreInput
{
    [Description("Only this projection (e.g. CaseReadModels); every projection when omitted")]
    public string? ProjectionFlag { get; set; }
}
