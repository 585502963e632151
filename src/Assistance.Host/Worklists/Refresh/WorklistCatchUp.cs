using Assistance.Host.Storage;
using Marten;

namespace Assistance.Host.Worklists.Refresh;

/// <summary>Waits until the async daemon has brought the worklist projection (a member of <see cref="CaseReadModels"/>) up to the events recorded so far.</summary>
public static class WorklistCatchUp
{
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    public static async Task WaitAsync(IDocumentStore store, CancellationToken ct)
    {
        // The last stored event, not the sequence's last value: an append that was rolled back leaves a number no projection reaches.
        long recorded;
        await using (var query = store.QuerySession())
            recorded = await query.Events.QueryAllRawEvents().OrderByDescending(e => e.Sequence).Select(e => e.Sequence).FirstOrDefaultAsync(ct);
        const string name = CaseReadModels.Name;
        var giveUpAt = DateTime.UtcNow + Patience;
        while ((await ProjectionSequence.OfAsync(store, name, ct) ?? 0) < recorded)
        {
            if (DateTime.UtcNow > giveUpAt)
                throw new TimeoutException($"The {name} projection has not reached event {recorded} within {Patience}");
            await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
        }
    }
}
