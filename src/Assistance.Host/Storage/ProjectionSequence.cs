using Marten;

namespace Assistance.Host.Storage;

/// <summary>Where an async projection stands: the lowest sequence its shards have applied, from Marten's progression table.</summary>
public static class ProjectionSequence
{
    /// <returns>Null while the projection has no shard recorded yet.</returns>
    public static async Task<long?> OfAsync(IDocumentStore store, string projection, CancellationToken ct)
    {
        var shards = (await store.Advanced.AllProjectionProgress(token: ct))
            .Where(s => s.ShardName.StartsWith(projection + ":", StringComparison.Ordinal)).ToList();
        return shards.Count == 0 ? null : shards.Min(s => s.Sequence);
    }
}
