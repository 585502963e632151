using Assistance.Domain.Cases;
using Assistance.Domain.Statistics;
using Assistance.Host.Storage;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace Assistance.Host.Statistics;

/// <summary>
/// Monthly statistics per county × program × effective month, run by the async daemon. For every case touched by a batch it
/// takes back what the case counted before (kept in <see cref="CaseStatisticsState"/>) and adds what the case as it stands now
/// counts, so that a late-recorded event moves the month it takes effect in. Each case always counts its current timeline, so
/// the sums equal a rebuild's whichever pages the events came in.
/// </summary>
public sealed class MonthlyStatisticsProjection : IProjection
{
    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        // The facts beside the case (review due, warnings, duplicates) move no figure; skipping them spares reading the case's state.
        var ids = events.Where(e => e.Data is ICaseEvent && !CaseEventFold.FactsBesideTheCase.Contains(e.EventType)).Select(e => e.StreamId).Distinct().ToArray();
        if (ids.Length == 0) return;

        var begun = CaseSnapshots.BegunIn(events);
        var states = (await operations.LoadManyAsync<CaseStatisticsState>(cancellation, ids.Where(id => !begun.Contains(id)))).ToDictionary(s => s.Id);
        var cases = await CaseSnapshots.OfPageAsync(operations, events, cancellation);

        var changes = new MonthlyChanges();
        var changed = new List<CaseStatisticsState>();
        foreach (var id in ids)
        {
            var before = states.GetValueOrDefault(id);
            var now = cases.TryGetValue(id, out var c)
                ? new CaseStatisticsState { Id = id, CountyCode = c.CountyCode, Flows = CaseFlows.Of(CaseTimeline.Of(c)).ToList() }
                : null;
            if (before is not null && now is not null && before.CountyCode == now.CountyCode && before.Flows.SequenceEqual(now.Flows)) continue;
            if (before is not null) changes.Add(before.CountyCode, before.Flows, -1);
            if (now is null)
            {
                if (before is not null) operations.Delete<CaseStatisticsState>(id);
                continue;
            }
            changes.Add(now.CountyCode, now.Flows, +1);
            changed.Add(now);
        }
        SetBasedWrites.Upsert(operations, changed, s => s.Id);
        await changes.ApplyAsync(operations, cancellation);
    }

    /// <summary>The batch's net changes to month documents, applied with one load and one write for all months.</summary>
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
            var written = new List<MonthlyFlowsDocument>(changed.Count);
            foreach (var delta in changed)
            {
                var document = existing.GetValueOrDefault(delta.Id) ?? MonthlyFlowsDocument.New(delta.CountyCode, delta.Program, delta.YearMonth);
                document.Urban.Add(delta.Urban);
                document.Rural.Add(delta.Rural);
                if (document.IsEmpty) operations.Delete<MonthlyFlowsDocument>(document.Id);
                else written.Add(document);
            }
            // A page of a loaded store touches hundreds of months; one statement writes them all.
            SetBasedWrites.Upsert(operations, written, d => d.Id);
        }
    }
}
