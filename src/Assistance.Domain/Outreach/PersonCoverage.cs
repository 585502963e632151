using Assistance.Domain.Values;
using NodaTime;

namespace Assistance.Domain.Outreach;

/// <summary>
/// How the ledger covers one person: by which case and program (covered), when and why the last covering case ended
/// (previously covered), or not at all. An application still pending is not coverage; it shows as <see cref="OpenApplicationId"/>.
/// </summary>
public sealed record PersonCoverage(CoverageStatus Status, Guid? CaseId, string? CountyCode, Program? Program, YearMonth? ExitedIn,
    ExitReason? ExitReason, Guid? OpenApplicationId)
{
    public static readonly PersonCoverage None = new(CoverageStatus.NotCovered, null, null, null, null, null, null);

    /// <summary>Covered when an enrolled case enrols the person; otherwise previously covered by the latest exited case.</summary>
    public static PersonCoverage Of(IReadOnlyCollection<CaseMembership> cases)
    {
        var open = cases.Where(c => c.Status is CaseStatus.Applied or CaseStatus.Committed or CaseStatus.Assessed)
            .OrderByDescending(c => c.AppliedOn).FirstOrDefault()?.CaseId;
        if (cases.FirstOrDefault(c => c.Enrolled && c.Status is CaseStatus.Enrolled or CaseStatus.GradualExit) is { } covering)
            return new(CoverageStatus.Covered, covering.CaseId, covering.CountyCode, covering.Program, null, null, open);
        if (cases.Where(c => c.Status == CaseStatus.Exited && c.ExitMonth is not null).OrderByDescending(c => c.ExitMonth).FirstOrDefault() is { } exited)
            return new(CoverageStatus.PreviouslyCovered, exited.CaseId, exited.CountyCode, exited.Program, exited.ExitMonth, exited.ExitReason, open);
        return None with { OpenApplicationId = open };
    }
}
