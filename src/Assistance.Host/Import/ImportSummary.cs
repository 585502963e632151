
namespace Assistance.Host.Import;

/// <summary>The answer to an import request (and the CLI's summary).</summary>
public sealed record ImportSummary(Guid ImportId, string File, RosterImportStatus Status, int Households, int Imported, int Skipped, int Rejected,
    IReadOnlyList<ImportErrorLine> Errors, string ReportUrl, string? Failure)
{
    public static ImportSummary Of(RosterImportRun run) => new(run.Id, run.File, run.Status, run.Households, run.Imported, run.Skipped,
        run.Rejected, run.Errors, $"/api/imports/{run.Id}/report.csv", run.Failure);
}
