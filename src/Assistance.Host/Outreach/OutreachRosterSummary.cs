using Assistance.Host.Import;

namespace Assistance.Host.Outreach;

/// <summary>The answer to a roster upload.</summary>
public sealed record OutreachRosterSummary(Guid RosterId, string File, IReadOnlyList<string> Sources, int Rows, int Listed, int Covered,
    int PreviouslyCovered, int NotCovered, int Unlisted, IReadOnlyList<ImportErrorLine> Errors, string ReportUrl)
{
    public static OutreachRosterSummary Of(OutreachRoster r) => new(r.Id, r.File, r.Sources, r.Rows, r.Listed, r.Covered, r.PreviouslyCovered,
        r.NotCovered, r.Unlisted, r.Errors, $"/api/outreach/rosters/{r.Id}/report.csv");
}
