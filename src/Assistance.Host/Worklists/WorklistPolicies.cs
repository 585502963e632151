using Assistance.Domain.Policy;
using Assistance.Domain.Worklists;
using Assistance.Host.Policy;
using Marten;
using NodaTime;

namespace Assistance.Host.Worklists;

/// <summary>The county's parameters in force in a month (from the county policy stream), as the worklists read them.</summary>
public static class WorklistPolicies
{
    public static async Task<WorklistPolicy> InForceAsync(IQuerySession session, string countyCode, YearMonth month, CancellationToken ct) =>
        new((await Policies.InForceAsync(session, countyCode, month, ct)).Parameters);

    /// <summary>The same from a county policy already read (null: the county never changed the shipped defaults).</summary>
    public static WorklistPolicy InForce(CountyPolicy? policy, YearMonth month) =>
        new((policy?.InForce(month) ?? CountyPolicy.ShippedDefaults).Parameters);
}
