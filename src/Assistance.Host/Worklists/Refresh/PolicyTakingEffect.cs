using Marten;
using NodaTime;
using Assistance.Domain.Policy;

namespace Assistance.Host.Worklists.Refresh;

/// <summary>The counties with a policy version that takes effect in a month (set beforehand, so nothing else recomputes their lists then).</summary>
public static class PolicyTakingEffect
{
    public static async Task<IReadOnlyList<string>> CountiesAsync(IQuerySession session, YearMonth month, CancellationToken ct) =>
        (await session.Query<CountyPolicy>().ToListAsync(ct))
            .Where(p => p.Versions.Any(v => v.EffectiveFrom == month))
            .Select(p => p.CountyCode).Order(StringComparer.Ordinal).ToList();
}
