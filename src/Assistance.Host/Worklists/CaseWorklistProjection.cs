using System.Runtime.CompilerServices;
using Assistance.Domain.Cases;
using Assistance.Domain.Policy;
using Assistance.Host.Worklists.Calendar;
using JasperFx.Events;
using JasperFx.Events.Grouping;
using Marten;
using Marten.Events.Aggregation;

namespace Assistance.Host.Worklists;

/// <summary>
/// Keeps one <see cref="CaseWorklist"/> per case stream, asynchronously. It folds every event of the stream
/// (case events through the aggregate's own Apply methods, worklist facts through <see cref="CaseFacts"/>) and re-evaluates the lists.
/// </summary>
public partial class CaseWorklistProjection : SingleStreamProjection<CaseWorklist, Guid>
{
    private readonly OfficeCalendar _calendar;

    /// <summary>The county policies read once for the page of events a session is applying (one query, not one per event).</summary>
    private readonly ConditionalWeakTable<IQuerySession, Dictionary<string, CountyPolicy>> _pagePolicies = new();

    public CaseWorklistProjection(OfficeCalendar calendar) => _calendar = calendar;

    public override async Task EnrichEventsAsync(SliceGroup<CaseWorklist, Guid> group, IQuerySession querySession, CancellationToken cancellation)
    {
        var policies = await querySession.Query<CountyPolicy>().ToListAsync(cancellation);
        _pagePolicies.AddOrUpdate(querySession, policies.ToDictionary(p => p.CountyCode));
    }

    /// <remarks>The lists are evaluated with the county's parameters in force in the month the event was recorded.</remarks>
    public override async ValueTask<CaseWorklist?> EvolveAsync(CaseWorklist? snapshot, Guid id, IQuerySession session, IEvent e, CancellationToken ct)
    {
        if (CaseEventFold.Apply(snapshot?.Case, e.Data) is not { } folded) return null;
        snapshot ??= new CaseWorklist { Id = id, Case = folded };
        snapshot.Case = folded;

        var recordedOn = CaseFold.RecordedOn(e);
        snapshot.Case.Version = e.Version;
        snapshot.Facts.Record(e.Data, recordedOn);
        var month = recordedOn.ToYearMonth();
        var policy = _pagePolicies.TryGetValue(session, out var page)
            ? WorklistPolicies.InForce(page.GetValueOrDefault(snapshot.Case.CountyCode), month)
            : await WorklistPolicies.InForceAsync(session, snapshot.Case.CountyCode, month, ct);
        snapshot.Refresh(_calendar.Current, policy);
        return snapshot;
    }
}
