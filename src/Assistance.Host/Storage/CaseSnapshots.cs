using System.Runtime.CompilerServices;
using Assistance.Domain.Cases;
using Assistance.Domain.Duplicates;
using JasperFx.Events;
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
    /// <summary>One read per page, whichever member of <see cref="CaseReadModels"/> asks first; the page's events are shared by reference.</summary>
    private static readonly ConditionalWeakTable<IEvent, Lazy<Task<Dictionary<Guid, HouseholdCase>>>> Pages = new();

    /// <summary>
    /// Every case the page's events belong to or a 重复享受 finding names. The members of <see cref="CaseReadModels"/> only read
    /// what this returns, so they share it.
    /// </summary>
    public static Task<Dictionary<Guid, HouseholdCase>> OfPageAsync(IQuerySession session, IReadOnlyList<IEvent> events, CancellationToken ct)
    {
        if (events.Count == 0) return Task.FromResult(new Dictionary<Guid, HouseholdCase>());
        // Both members ask at once: the table may make two Lazy values but hands out one, and only that one reads.
        Lazy<Task<Dictionary<Guid, HouseholdCase>>> Read() => Pages.GetValue(events[^1], _ => new(() => CurrentAsync(session, Touched(events), ct)));
        var page = Read().Value;
        if (!page.IsFaulted && !page.IsCanceled) return page;
        // The daemon retries a failed page: read it again rather than hand back the failure.
        Pages.Remove(events[^1]);
        return Read().Value;
    }

    /// <param name="lastVersions">Each stream touched, with the version of its last event the page holds.</param>
    private static async Task<Dictionary<Guid, HouseholdCase>> CurrentAsync(
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

    /// <summary>A case named only by a finding (another stream's event) may have any snapshot: version 0.</summary>
    private static Dictionary<Guid, long> Touched(IReadOnlyList<IEvent> events)
    {
        var versions = new Dictionary<Guid, long>();
        foreach (var e in events)
            switch (e.Data)
            {
                case ICaseEvent: versions[e.StreamId] = Math.Max(e.Version, versions.GetValueOrDefault(e.StreamId)); break;
                case IDuplicateFinding f:
                    versions.TryAdd(f.CaseId, 0);
                    versions.TryAdd(f.OtherCaseId, 0);
                    break;
            }
        return versions;
    }
}
