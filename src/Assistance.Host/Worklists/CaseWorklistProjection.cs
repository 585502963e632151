using System.Runtime.CompilerServices;
using Assistance.Domain.Cases;
using Assistance.Domain.Duplicates;
using Assistance.Domain.Policy;
using Assistance.Host.Worklists.Calendar;
using JasperFx.Events;
using JasperFx.Events.Grouping;
using Marten;
using Marten.Events.Projections;

namespace Assistance.Host.Worklists;

/// <summary>
/// Keeps one <see cref="CaseWorklist"/> per case, asynchronously. It folds every event of the case's stream
/// (case events through the aggregate's own Apply methods, worklist facts through <see cref="CaseFacts"/>) and the 重复享受
/// findings about the case from the persons' duplicate streams, in the order they were stored, and re-evaluates the lists.
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
                    case DuplicateAssistanceFlagged f:
                        grouping.AddEvent(f.CaseId, e);
                        grouping.AddEvent(f.OtherCaseId, e);
                        break;
                    case DuplicateAssistanceResolved r:
                        grouping.AddEvent(r.CaseId, e);
                        grouping.AddEvent(r.OtherCaseId, e);
                        break;
                }
            return Task.CompletedTask;
        });
    }

    public override async Task EnrichEventsAsync(SliceGroup<CaseWorklist, Guid> group, IQuerySession querySession, CancellationToken cancellation)
    {
        var policies = await querySession.Query<CountyPolicy>().ToListAsync(cancellation);
        var lastOfStream = group.Slices.Select(s => s.Events()).Where(e => e.Count > 0).Select(e => (object)e[^1]).ToHashSet((IEqualityComparer<object>)ReferenceEqualityComparer.Instance);
        _pages.AddOrUpdate(querySession, new Page(policies.ToDictionary(p => p.CountyCode), lastOfStream));
    }

    /// <remarks>The lists are evaluated with the county's parameters in force in the month the event was recorded.</remarks>
    public override async ValueTask<CaseWorklist?> EvolveAsync(CaseWorklist? snapshot, Guid id, IQuerySession session, IEvent e, CancellationToken ct)
    {
        var recordedOn = CaseStreamFacts.RecordedOn(e);
        if (e.Data is DuplicateAssistanceFlagged or DuplicateAssistanceResolved)
        {
            if (snapshot is null) return null;
            snapshot.Facts.RecordDuplicate(id, e.Data);
        }
        else
        {
            if (CaseEventFold.Apply(snapshot?.Case, e.Data) is not { } folded) return null;
            snapshot ??= new CaseWorklist { Id = id, Case = folded };
            snapshot.Case = folded;
            snapshot.Case.Version = e.Version;
            snapshot.Facts.Record(e.Data, recordedOn);
        }
        var month = recordedOn.ToYearMonth();
        var calendar = await _calendar.CurrentAsync(session, ct);
        if (!_pages.TryGetValue(session, out var page))
            snapshot.Refresh(calendar, await WorklistPolicies.InForceAsync(session, snapshot.Case.CountyCode, month, ct));
        // Each evaluation replaces every list of the case, so within a page only the one after the stream's last event is kept.
        else if (page.LastOfStream.Contains(e))
            snapshot.Refresh(calendar, WorklistPolicies.InForce(page.Policies.GetValueOrDefault(snapshot.Case.CountyCode), month));
        return snapshot;
    }

    private sealed record Page(Dictionary<string, CountyPolicy> Policies, HashSet<object> LastOfStream);
}
