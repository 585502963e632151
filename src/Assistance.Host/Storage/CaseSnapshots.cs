using Assistance.Domain.Cases;
using Marten;

namespace Assistance.Host.Storage;

/// <summary>
/// The cases a page of events touched, as they stand now: the inline snapshots, read in one query. The async projections
/// evaluate these instead of folding a copy of each case of their own, so their documents hold what they show and nothing
/// more. A snapshot written in the events' own transaction is never behind the events the daemon has read; one that is (a
/// bulk load whose snapshots are rebuilt afterwards) or missing is folded from its stream instead.
/// </summary>
public static class CaseSnapshots
{
    /// <param name="lastVersions">Each stream touched, with the version of its last event the page holds.</param>
    public static async Task<Dictionary<Guid, HouseholdCase>> CurrentAsync(
        IQuerySession session, IReadOnlyDictionary<Guid, long> lastVersions, CancellationToken ct)
    {
        var cases = (await session.LoadManyAsync<HouseholdCase>(ct, lastVersions.Keys)).ToDictionary(c => c.Id);
        foreach (var (id, version) in lastVersions)
        {
            if (cases.TryGetValue(id, out var snapshot) && snapshot.Version >= version) continue;
            if (await session.Events.AggregateStreamAsync<HouseholdCase>(id, token: ct) is { } folded) cases[id] = folded;
            else cases.Remove(id);
        }
        return cases;
    }
}
