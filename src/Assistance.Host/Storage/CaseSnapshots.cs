using System.Runtime.CompilerServices;
using Assistance.Domain.Cases;
using Assistance.Domain.Duplicates;
using JasperFx.Events;
using Marten;

namespace Assistance.Host.Storage;

/// <summary>
/// The cases a page of events touched. A case whose whole stream so far is in the page (a new case; nearly every case when a
/// loaded store catches up or a projection is rebuilt, its streams having been written one after another) is folded from the
/// page's events with the aggregate's own Create/Apply: the case as it stood after them, which is its snapshot at that version.
/// The others are the inline snapshots, read in one query: a snapshot written in the events' own transaction is never behind
/// the events the daemon has read; one that is (a bulk load whose snapshots are rebuilt afterwards) or missing is folded from
/// its stream instead. The async projections evaluate these instead of keeping a copy of each case of their own, so their
/// documents hold what they show and nothing more; a later page with more of a case's events evaluates it again.
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
        Lazy<Task<Dictionary<Guid, HouseholdCase>>> Read() => Pages.GetValue(events[^1], _ => new(() => CurrentAsync(session, events, ct)));
        var page = Read().Value;
        if (!page.IsFaulted && !page.IsCanceled) return page;
        // The daemon retries a failed page: read it again rather than hand back the failure.
        Pages.Remove(events[^1]);
        return Read().Value;
    }

    /// <summary>
    /// The cases whose stream begins in the page: no read model can hold anything of them yet, so the members need not look
    /// their documents up. When a loaded store catches up or a projection is rebuilt, that is nearly every case of each page.
    /// </summary>
    public static HashSet<Guid> BegunIn(IReadOnlyList<IEvent> events)
    {
        var begun = new HashSet<Guid>();
        foreach (var e in events)
            if (e.Version == 1 && e.Data is ICaseEvent) begun.Add(e.StreamId);
        return begun;
    }

    private static async Task<Dictionary<Guid, HouseholdCase>> CurrentAsync(IQuerySession session, IReadOnlyList<IEvent> events, CancellationToken ct)
    {
        var (folded, lastVersions) = FoldWholeStreams(events);
        var toRead = lastVersions.Keys.Where(id => !folded.ContainsKey(id)).ToArray();
        if (toRead.Length == 0) return folded;
        var cases = (await session.LoadManyAsync<HouseholdCase>(ct, toRead)).ToDictionary(c => c.Id);
        foreach (var id in toRead)
        {
            if (cases.TryGetValue(id, out var snapshot) && snapshot.Version >= lastVersions[id]) folded[id] = snapshot;
            else if (await session.Events.AggregateStreamAsync<HouseholdCase>(id, token: ct) is { } fromStream) folded[id] = fromStream;
        }
        return folded;
    }

    /// <summary>
    /// The cases whose stream the page holds from its first event on, folded; and every case touched, with the version its
    /// snapshot must have reached: that of the page's last event that changes the case. Marten's snapshot neither applies nor
    /// counts the facts beside the case (review due, warnings), so a case they alone touched, or one named only by a finding
    /// (another stream's event), will do with any snapshot: 0.
    /// </summary>
    private static (Dictionary<Guid, HouseholdCase> Folded, Dictionary<Guid, long> LastVersions) FoldWholeStreams(IReadOnlyList<IEvent> events)
    {
        var folded = new Dictionary<Guid, HouseholdCase>();
        var versions = new Dictionary<Guid, long>();
        // A stream is folded only while its events run 1, 2, 3… in the page: after a gap (an event the daemon skipped) it is left
        // to its snapshot, as no later event of it opens a case again.
        var seen = new Dictionary<Guid, long>();
        foreach (var e in events)
            switch (e.Data)
            {
                case ICaseEvent:
                    var besideTheCase = CaseEventFold.FactsBesideTheCase.Contains(e.EventType);
                    if (!besideTheCase) versions[e.StreamId] = e.Version;
                    else versions.TryAdd(e.StreamId, 0);
                    var unbroken = e.Version == seen.GetValueOrDefault(e.StreamId) + 1;
                    seen[e.StreamId] = e.Version;
                    if (unbroken && CaseEventFold.Apply(folded.GetValueOrDefault(e.StreamId), e.Data) is { } c)
                    {
                        if (!besideTheCase) c.Version = e.Version;
                        folded[e.StreamId] = c;
                    }
                    else folded.Remove(e.StreamId);
                    break;
                case IDuplicateFinding f:
                    versions.TryAdd(f.CaseId, 0);
                    versions.TryAdd(f.OtherCaseId, 0);
                    break;
            }
        return (folded, versions);
    }
}
