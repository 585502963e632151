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
    public static async Task WaitForAsync(IDocumentStore store, long sequence, TimeSpan patience)
    {
        var names = ((DocumentStore)store).Options.Projections.All.Where(p => p.Lifecycle == JasperFx.Events.Projections.ProjectionLifecycle.Async)
            .Select(p => p.Name).ToList();
        var giveUpAt = DateTime.UtcNow + patience;
        while (true)
        {
            var shards = await store.Advanced.AllProjectionProgress();
            var behind = names.Where(n => !shards.Any(s => s.ShardName.StartsWith(n + ":", StringComparison.Ordinal) && s.Sequence >= sequence)).ToList();
            if (behind.Count == 0) return;
            if (DateTime.UtcNow > giveUpAt) throw new TimeoutException($"Projections {string.Join(", ", behind)} did not reach event {sequence} within {patience}");
            await Task.Delay(50);
        }
    }
}
