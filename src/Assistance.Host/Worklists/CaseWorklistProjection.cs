using System.Runtime.CompilerServices;
using Assistance.Domain.Cases;
using Assistance.Domain.Duplicates;
using Assistance.Domain.Policy;
using Assistance.Host.Storage;
using Assistance.Host.Worklists.Calendar;
using JasperFx.Events;
using JasperFx.Events.Grouping;
using Marten;
using Marten.Events.Projections;

namespace Assistance.Host.Worklists;

/// <summary>
/// Keeps one <see cref="CaseWorklist"/> per case, asynchronously. It folds the worklist facts of every event of the case's
/// stream (<see cref="CaseFacts"/>) and the 重复享受 findings about the case from the persons' duplicate streams, in the order
/// they were stored, and re-evaluates the lists from the case's snapshot once per page, after the case's last event in it.
/// </summary>
public partial class CaseWorklistProjection : MultiStreamProjection<CaseWorklist, Guid>
{
    private readonly OfficeCalendar _calendar;

    /// <summary>What the page of events a session is applying needs, read once per page rather than once per event.</summary>
    private readonly ConditionalWeakTable<IQuerySession, Page> _pages = new();

    public CaseWorklistProjection(OfficeCalendar calendar)
    {
        _calendar = calendar;
        CustomGrouping((_, events, grouping) =>
        {
            foreach (var e in events)
                switch (e.Data)
                {
                    case ICaseEvent: grouping.AddEvent(e.StreamId, e); break;
                    case IDuplicateFinding f:
                        grouping.AddEvent(f.CaseId, e);
                        grouping.AddEvent(f.OtherCaseId, e);
                        break;
                }
            return Task.CompletedTask;
        });
    }

    public override async Task EnrichEventsAsync(SliceGroup<CaseWorklist, Guid> group, IQuerySession querySession, CancellationToken cancellation)
    {
        var policies = await querySession.Query<CountyPolicy>().ToListAsync(cancellation);
        var slices = group.Slices.Select(s => (s.Id, Events: s.Events())).Where(s => s.Events.Count > 0).ToList();
        // A slice may hold only duplicate findings (another stream's events): then any snapshot of the case is recent enough.
        var caseVersions = slices.ToDictionary(s => s.Id, s => s.Events.Where(e => e.Data is ICaseEvent).Select(e => e.Version).DefaultIfEmpty(0).Max());
        var cases = await CaseSnapshots.CurrentAsync(querySession, caseVersions, cancellation);
        var lastOfCase = slices.Select(s => (object)s.Events[^1]).ToHashSet((IEqualityComparer<object>)ReferenceEqualityComparer.Instance);
        _pages.AddOrUpdate(querySession, new Page(policies.ToDictionary(p => p.CountyCode), lastOfCase, cases));
    }

    /// <remarks>The lists are evaluated with the county's parameters in force in the month the event was recorded.</remarks>
    public override async ValueTask<CaseWorklist?> EvolveAsync(CaseWorklist? snapshot, Guid id, IQuerySession session, IEvent e, CancellationToken ct)
    {
        var recordedOn = CaseStreamFacts.RecordedOn(e);
        if (e.Data is IDuplicateFinding)
        {
            if (snapshot is null) return null;
            snapshot.Facts.RecordDuplicate(id, e.Data);
        }
        else
        {
            if (snapshot is null && !CaseEventFold.Openers.Contains(e.EventType)) return null;
            snapshot ??= new CaseWorklist { Id = id };
            snapshot.Version = e.Version;
            snapshot.Facts.Record(e.Data, recordedOn);
        }
        var month = recordedOn.ToYearMonth();
        if (!_pages.TryGetValue(session, out var page))
        {
            var current = await CaseSnapshots.CurrentAsync(session, new Dictionary<Guid, long> { [id] = snapshot.Version }, ct);
            if (!current.TryGetValue(id, out var c)) return null;
            snapshot.Refresh(c, await _calendar.CurrentAsync(session, ct), await WorklistPolicies.InForceAsync(session, c.CountyCode, month, ct));
        }
        // Each evaluation replaces every list of the case, so within a page only the one after the case's last event is kept.
        else if (page.LastOfCase.Contains(e))
        {
            if (!page.Cases.TryGetValue(id, out var c)) return null;
            snapshot.Refresh(c, await _calendar.CurrentAsync(session, ct), WorklistPolicies.InForce(page.Policies.GetValueOrDefault(c.CountyCode), month));
        }
        return snapshot;
    }

    private sealed record Page(Dictionary<string, CountyPolicy> Policies, HashSet<object> LastOfCase, Dictionary<Guid, HouseholdCase> Cases);
}
