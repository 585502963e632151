using Assistance.Domain.Cases;

namespace Assistance.Host.Statistics;

/// <summary>
/// The statistics projection's own fold of one case, so that it can take back what the case counted before an event
/// (a backdated exit, a member change) and count what it counts after. Kept apart from the inline case snapshot,
/// which is ahead of the daemon while a rebuild replays the events.
/// </summary>
public sealed class CaseStatisticsState
{
    public Guid Id { get; set; }
    public HouseholdCase Case { get; set; } = new();
}
