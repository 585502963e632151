using Assistance.Domain.Calendar;
using Assistance.Domain.Cases;
using Assistance.Domain.Worklists;
using Assistance.Host.Worklists.Calendar;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Assistance.Host.Worklists;

/// <summary>
/// Keeps one <see cref="CaseWorklist"/> per case stream, asynchronously. It folds every event of the stream
/// (case events through the aggregate's own Apply methods, worklist facts through <see cref="CaseFacts"/>) and re-evaluates the lists.
/// </summary>
public partial class CaseWorklistProjection : SingleStreamProjection<CaseWorklist, Guid>
{
    private readonly OfficeCalendar _calendar;
    private readonly WorklistPolicy _policy;

    public CaseWorklistProjection(OfficeCalendar calendar, WorklistPolicy policy)
    {
        _calendar = calendar;
        _policy = policy;
    }

    public override CaseWorklist Evolve(CaseWorklist? snapshot, Guid id, IEvent e)
    {
        if (e.Data is ApplicationReceived received)
            snapshot = new CaseWorklist { Id = id, Case = HouseholdCase.Create(received) };
        else if (snapshot is null)
            return null!;
        else
            CaseFold.Apply(snapshot.Case, e.Data);

        snapshot.Case.Version = e.Version;
        snapshot.Facts.Record(e.Data, CaseFold.RecordedOn(e));
        snapshot.Refresh(_calendar.Current, _policy);
        return snapshot;
    }
}
