using Assistance.Domain.Calendar;
using Assistance.Domain.Cases;
using Assistance.Host.Worklists.Calendar;
using JasperFx.Events;
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

    public CaseWorklistProjection(OfficeCalendar calendar) => _calendar = calendar;

    /// <remarks>The lists are evaluated with the county's parameters in force in the month the event was recorded.</remarks>
    public override async ValueTask<CaseWorklist?> EvolveAsync(CaseWorklist? snapshot, Guid id, IQuerySession session, IEvent e, CancellationToken ct)
    {
        if (CaseEventFold.Apply(snapshot?.Case, e.Data) is not { } folded) return null;
        snapshot ??= new CaseWorklist { Id = id, Case = folded };
        snapshot.Case = folded;

        var recordedOn = CaseStreamFacts.RecordedOn(e);
        snapshot.Case.Version = e.Version;
        snapshot.Facts.Record(e.Data, recordedOn);
        snapshot.Refresh(_calendar.Current, await WorklistPolicies.InForceAsync(session, snapshot.Case.CountyCode, recordedOn.ToYearMonth(), ct));
        return snapshot;
    }
}
