using Assistance.Domain.Cases;
using Assistance.Domain.Statistics;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace Assistance.Host.Statistics;

/// <summary>
/// Monthly statistics per county × program × effective month, run by the async daemon. For every case touched by a batch
/// it folds the events onto its own copy of the case, then takes back the case's old monthly movements and adds the new ones,
/// so that a late-recorded event moves the month it takes effect in.
/// </summary>
public sealed class MonthlyStatisticsProjection : IProjection
{
    public const string Name = "MonthlyStatistics";

    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var caseEvents = events.Where(e => e.Data is ICaseEvent).ToList();
        if (caseEvents.Count == 0) return;

        var ids = caseEvents.Select(e => e.StreamId).Distinct().ToArray();
        var states = (await operations.LoadManyAsync<CaseStatisticsState>(cancellation, ids)).ToDictionary(s => s.Id);
        var before = states.Values.ToDictionary(s => s.Id, s => Counted(s.Case));

        foreach (var e in caseEvents)
        {
            states.TryGetValue(e.StreamId, out var state);
            var folded = CaseEventFold.Apply(state?.Case, e.Data);
            if (folded is null) continue;
            state ??= states[e.StreamId] = new CaseStatisticsState { Id = e.StreamId };
            state.Case = folded;
        }

        var changes = new MonthlyChanges();
        foreach (var state in states.Values)
        {
            if (before.TryGetValue(state.Id, out var old)) changes.Add(old.County, old.Flows, -1);
            var now = Counted(state.Case);
            changes.Add(now.County, now.Flows, +1);
            operations.Store(state);
        }
        await changes.ApplyAsync(operations, cancellation);
    }

    private static (string County, IReadOnlyList<CaseFlow> Flows) Counted(HouseholdCase c) => (c.CountyCode, CaseFlows.Of(CaseTimeline.Of(c)));

    /// <summary>The batch's net changes to month documents, applied with one load and one write per month.</summary>
    private sealed class MonthlyChanges
    {
        private readonly Dictionary<string, MonthlyFlowsDocument> _deltas = [];

        public void Add(string county, IEnumerable<CaseFlow> flows, int sign)
        {
            foreach (var flow in flows)
            {
                var id = MonthlyFlowsDocument.IdFor(county, flow.Program, flow.Month);
                if (!_deltas.TryGetValue(id, out var delta)) _deltas[id] = delta = MonthlyFlowsDocument.New(county, flow.Program, flow.Month);
                delta.For(flow.Residence).Add(flow, sign);
            }
        }

        public async Task ApplyAsync(IDocumentOperations operations, CancellationToken cancellation)
        {
            var changed = _deltas.Values.Where(d => !d.IsEmpty).ToList();
            if (changed.Count == 0) return;
            var existing = (await operations.LoadManyAsync<MonthlyFlowsDocument>(cancellation, changed.Select(d => d.Id).ToArray()))
                .ToDictionary(d => d.Id);
            foreach (var delta in changed)
            {
                var document = existing.GetValueOrDefault(delta.Id) ?? MonthlyFlowsDocument.New(delta.CountyCode, delta.Program, delta.YearMonth);
                document.Urban.Add(delta.Urban);
                document.Rural.Add(delta.Rural);
                if (document.IsEmpty) operations.Delete<MonthlyFlowsDocument>(document.Id);
                else operations.Store(document);
            }
        }
    }
}
