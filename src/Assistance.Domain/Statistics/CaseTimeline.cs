using Assistance.Domain.Cases;
using Assistance.Domain.Entitlements;

namespace Assistance.Domain.Statistics;

/// <summary>What the statistics need to know of one case: where it counts, its entitlement segments, and why it ended.</summary>
public sealed record CaseTimeline(
    string CountyCode,
    Residence Residence,
    IReadOnlyList<EntitlementSegment> Segments,
    ExitReason? ExitReason = null,
    YearMonth? ExitMonth = null)
{
    public static CaseTimeline Of(HouseholdCase c) => new(c.CountyCode, c.Residence, c.Segments, c.ExitReason, c.ExitMonth);
}
