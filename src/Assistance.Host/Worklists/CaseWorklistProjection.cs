using System.Runtime.CompilerServices;
using Assistance.Domain.Cases;
using Assistance.Domain.Policy;
using Assistance.Host.Storage;
using Assistance.Host.Worklists.Calendar;
using JasperFx.Events;
using JasperFx.Events.Grouping;
using Marten;
using Marten.Events.Aggregation;

namespace Assistance.Host.Worklists;

/// <summary>
/// Keeps one <see cref="CaseWorklist"/> per case stream, asynchronously. It folds the worklist facts of every event of the
/// stream (<see cref="CaseFacts"/>) and re-evaluates the lists from the case's snapshot once per page, after the stream's last event in it.
/// </summary>
public partial class CaseWorklistProjection : SingleStreamProjection<CaseWorklist, Guid>
{
    private readonly OfficeCalendar _calendar;

    /// <summary>What the page of events a session is applying needs, read once per page rather than once per event.</summary>
    private readonly ConditionalWeakTable<IQuerySession, Page> _pages = new();

    public CaseWorklistProjection(OfficeCalendar calendar) => _calendar = calendar;

    public override async Task EnrichEventsAsync(SliceGroup<CaseWorklist, Guid> group, IQuerySession querySession, CancellationToken cancellation)
    {
        var policies = await querySession.Query<CountyPolicy>().ToListAsync(cancellation);
        var lasts = group.Slices.Select(s => s.Events()).Where(e => e.Count > 0).Select(e => e[^1]).ToList();
        var cases = await CaseSnapshots.CurrentAsync(querySession, lasts.ToDictionary(e => e.StreamId, e => e.Version), cancellation);
        var lastOfStream = lasts.Select(e => (object)e).ToHashSet((IEqualityComparer<object>)ReferenceEqualityComparer.Instance);
        _pages.AddOrUpdate(querySession, new Page(policies.ToDictionary(p => p.CountyCode), lastOfStream, cases));
    }

    /// <remarks>The lists are evaluated with the county's parameters in force in the month the event was recorded.</remarks>
    public override async ValueTask<CaseWorklist?> EvolveAsync(CaseWorklist? snapshot, Guid id, IQuerySession session, IEvent e, CancellationToken ct)
    {
        if (snapshot is null && !CaseEventFold.Openers.Contains(e.EventType)) return null;
        snapshot ??= new CaseWorklist { Id = id };

        var recordedOn = CaseStreamFacts.RecordedOn(e);
        snapshot.Version = e.Version;
        snapshot.Facts.Record(e.Data, recordedOn);
        var month = recordedOn.ToYearMonth();
        if (!_pages.TryGetValue(session, out var page))
        {
            var current = await CaseSnapshots.CurrentAsync(session, new Dictionary<Guid, long> { [id] = e.Version }, ct);
            if (!current.TryGetValue(id, out var c)) return null;
            snapshot.Refresh(c, await _calendar.CurrentAsync(session, ct), await WorklistPolicies.InForceAsync(session, c.CountyCode, month, ct));
        }
        // Each evaluation replaces every list of the case, so within a page only the one after the stream's last event is kept.
        else if (page.LastOfStream.Contains(e))
        {
            if (!page.Cases.TryGetValue(id, out var c)) return null;
            snapshot.Refresh(c, await _calendar.CurrentAsync(session, ct), WorklistPolicies.InForce(page.Policies.GetValueOrDefault(c.CountyCode), month));
        }
        return snapshot;
    }

    private sealed record Page(Dictionary<string, CountyPolicy> Policies, HashSet<object> LastOfStream, Dictionary<Guid, HouseholdCase> Cases);
}
