using JasperFx.CommandLine;

namespace Assistance.Host.Import;

public sealed class ImportInput : NetCoreInput
{
    [Description("What the file holds: roster (低保花名册)")]
    public string Kind { get; set; } = "roster";

    [Description("The roster file (.csv or .xlsx)")]
    public string File { get; set; } = "";

    [Description("Where to write the error report (CSV); defaults to <file>.errors.csv")]
    public string? ReportFlag { get; set; }
}
