using JasperFx.Events.Daemon;
using Assistance.Host.Storage;
using Marten;

namespace Assistance.Host.Statistics;

/// <summary>
/// Rebuilds projections from the events through the daemon's rebuild (which first deletes the projection's documents, see the
/// teardown rules of each registration), resumes shards the daemon was running, and reports progress from Marten's progression table while it runs.
/// </summary>
public sealed class ProjectionRebuilder(IDocumentStore store)
{
    public IReadOnlyList<string> ProjectionNames => ((DocumentStore)store).Options.Projections.All.Select(p => p.Name).ToList();

    public async Task RebuildAsync(IProjectionDaemon daemon, IEnumerable<string> names, Action<RebuildProgress> report, CancellationToken ct)
    {
        foreach (var name in names)
        {
            var highWaterMark = (await store.Advanced.FetchEventStoreStatistics(token: ct)).EventSequenceNumber;
            // A running daemon (the web host's) stops the shard for the rebuild and leaves it stopped; start it again.
            var running = daemon.CurrentAgents().Select(a => a.Name.Identity).Where(s => s.StartsWith(name + ":", StringComparison.Ordinal)).ToList();
            var rebuild = daemon.RebuildProjectionAsync(name, ct);
            while (await Task.WhenAny(rebuild, Task.Delay(TimeSpan.FromMilliseconds(500), ct)) != rebuild)
                report(new RebuildProgress(name, await ProjectionSequence.OfAsync(store, name, ct), highWaterMark, false));
            await rebuild;
            foreach (var shard in running) await daemon.StartAgentAsync(shard, ct);
            report(new RebuildProgress(name, await ProjectionSequence.OfAsync(store, name, ct), highWaterMark, true));
        }
    }
}
