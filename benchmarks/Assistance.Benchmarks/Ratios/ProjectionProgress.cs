using Assistance.Host.Storage;
using Marten;

namespace Assistance.Benchmarks.Ratios;

/// <summary>Where the async projections stand against the events stored.</summary>
public static class ProjectionProgress
{
    public static async Task<long> LastEventAsync(IDocumentStore store)
    {
        await using var query = store.QuerySession();
        return await query.Events.QueryAllRawEvents().OrderByDescending(e => e.Sequence).Select(e => e.Sequence).FirstOrDefaultAsync();
    }

    public static async Task<long> EventCountAsync(IDocumentStore store)
    {
        await using var query = store.QuerySession();
        return await query.Events.QueryAllRawEvents().CountAsync();
    }

    /// <summary>Polls the progression table until every async projection has reached <paramref name="sequence"/>.</summary>
    /// <returns>When each projection got there, from the call.</returns>
    public static async Task<IReadOnlyDictionary<string, TimeSpan>> WaitForAsync(IDocumentStore store, long sequence, TimeSpan patience)
    {
        var names = ((DocumentStore)store).Options.Projections.All.Where(p => p.Lifecycle == JasperFx.Events.Projections.ProjectionLifecycle.Async)
            .Select(p => p.Name).ToList();
        var reached = new Dictionary<string, TimeSpan>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            foreach (var name in names.Where(n => !reached.ContainsKey(n)).ToList())
                if (await ProjectionSequence.OfAsync(store, name, CancellationToken.None) >= sequence) reached[name] = clock.Elapsed;
            if (reached.Count == names.Count) return reached;
            if (clock.Elapsed > patience)
                throw new TimeoutException($"Projections {string.Join(", ", names.Except(reached.Keys))} did not reach event {sequence} within {patience}");
            await Task.Delay(50);
        }
    }
}
