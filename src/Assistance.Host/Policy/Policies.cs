using Marten;
using NodaTime;
using Assistance.Domain.Policy;

namespace Assistance.Host.Policy;

/// <summary>The parameters a county had in force in a month, as every computed amount reads them.</summary>
public static class Policies
{
    public static async Task<PolicyVersion> InForceAsync(IQuerySession session, string countyCode, YearMonth month, CancellationToken ct)
    {
        var policy = await session.LoadAsync<CountyPolicy>(CountyPolicy.StreamOf(countyCode), ct);
        return policy?.InForce(month) ?? CountyPolicy.ShippedDefaults;
    }

    /// <summary>Every version of the county's parameters, so a decision can take the one in force in the month it concerns.</summary>
    public static async Task<CountyPolicy> OfCountyAsync(IQuerySession session, string countyCode, CancellationToken ct) =>
        await session.LoadAsync<CountyPolicy>(CountyPolicy.StreamOf(countyCode), ct) ?? CountyPolicy.Unset(countyCode);

    public static async Task<IReadOnlyList<PolicyVersion>> HistoryAsync(IQuerySession session, string countyCode, CancellationToken ct) =>
        (await session.LoadAsync<CountyPolicy>(CountyPolicy.StreamOf(countyCode), ct))?.Versions ?? [];
}
