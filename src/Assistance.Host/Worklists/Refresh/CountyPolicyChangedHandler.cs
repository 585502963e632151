using Assistance.Host.Policy;

namespace Assistance.Host.Worklists.Refresh;

/// <summary>The worklists follow a county's committed policy change: its stored lists are recomputed on the refresh queue.</summary>
public static class CountyPolicyChangedHandler
{
    public static RefreshWorklists Handle(CountyPolicyChanged changed) => new(changed.CountyCode);
}
