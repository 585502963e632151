using Assistance.Domain.Cases;
using Assistance.Domain.Duplicates;
using Assistance.Domain.Policy;
using Assistance.Host.Storage;
using Assistance.Host.Worklists.Calendar;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using Microsoft.Extensions.Logging;

namespace Assistance.Host.Worklists;

/// <summary>
/// Keeps one <see cref="CaseWorklist"/> per case, asynchronously (a member of <see cref="CaseReadModels"/>). It folds the worklist
/// facts of every event of the case's stream (<see cref="CaseFacts"/>) and the 重复享受 findings about the case from the persons'
/// duplicate streams, in the order they were stored, and re-evaluates the lists from the case's snapshot once per page, after
/// the case's last event in it. A page's documents are written with one statement. A case whose lists cannot be evaluated
/// keeps its document as it was and is logged, rather than stopping the statistics that share the page.
/// </summary>
public sealed class CaseWorklistProjection(OfficeCalendar calendar, ILogger<CaseWorklistProjection> logger) : IProjection
{
    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var slices = Slices(events);
        if (slices.Count == 0) return;
        var begun = CaseSnapshots.BegunIn(events);
        var stored = (await operations.LoadManyAsync<CaseWorklist>(cancellation, slices.Keys.Where(id => !begun.Contains(id)))).ToDictionary(w => w.Id);
        var cases = await CaseSnapshots.OfPageAsync(operations, events, cancellation);
        var policies = (await operations.Query<CountyPolicy>().ToListAsync(cancellation)).ToDictionary(p => p.CountyCode);
        var days = await calendar.CurrentAsync(operations, cancellation);

        var written = new List<CaseWorklist>();
        foreach (var (id, slice) in slices)
        {
            var worklist = slice.Aggregate(stored.GetValueOrDefault(id), (w, e) => Evolve(w, id, e));
            if (worklist is not null && cases.TryGetValue(id, out var c))
            {
                // Evaluated with the county's parameters in force in the month the case's last event of the page was recorded.
                var month = CaseStreamFacts.RecordedOn(slice[^1]).ToYearMonth();
                try
                {
                    worklist.Refresh(c, days, WorklistPolicies.InForce(policies.GetValueOrDefault(c.CountyCode), month));
                    written.Add(worklist);
                }
                catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
                {
                    logger.LogError(e, "Worklists of case {CaseId} not evaluated at event {Sequence}; its document is left as it was", id, slice[^1].Sequence);
                }
            }
            else if (stored.ContainsKey(id)) operations.Delete<CaseWorklist>(id);
        }
        SetBasedWrites.Upsert(operations, written, w => w.Id);
    }

    /// <summary>The page's events of each case: its own stream's, and the findings that name it.</summary>
    private static Dictionary<Guid, List<IEvent>> Slices(IReadOnlyList<IEvent> events)
    {
        var slices = new Dictionary<Guid, List<IEvent>>();
        void Add(Guid id, IEvent e)
        {
            if (!slices.TryGetValue(id, out var slice)) slices[id] = slice = [];
            slice.Add(e);
        }
        foreach (var e in events)
            switch (e.Data)
            {
                case ICaseEvent: Add(e.StreamId, e); break;
                case IDuplicateFinding f:
                    Add(f.CaseId, e);
                    Add(f.OtherCaseId, e);
                    break;
            }
        return slices;
    }

    private static CaseWorklist? Evolve(CaseWorklist? worklist, Guid id, IEvent e)
    {
        if (e.Data is IDuplicateFinding)
        {
            worklist?.Facts.RecordDuplicate(id, e.Data);
            return worklist;
        }
        if (worklist is null && !CaseEventFold.Openers.Contains(e.EventType)) return null;
        worklist ??= new CaseWorklist { Id = id };
        worklist.Version = e.Version;
        worklist.Facts.Record(e.Data, CaseStreamFacts.RecordedOn(e));
        return worklist;
    }
}
