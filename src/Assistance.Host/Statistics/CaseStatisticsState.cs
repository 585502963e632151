using Assistance.Domain.Statistics;

namespace Assistance.Host.Statistics;

/// <summary>
/// What one case counts in the month documents (its county and monthly movements), so that the projection can take it back
/// when the case changes (a backdated exit, a member change) and count what the case counts after.
/// </summary>
public sealed class CaseStatisticsState
{
    public Guid Id { get; set; }
    public string CountyCode { get; set; } = "";
    public List<CaseFlow> Flows { get; set; } = [];
}
