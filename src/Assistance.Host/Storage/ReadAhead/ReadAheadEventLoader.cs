using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;

namespace Assistance.Host.Storage.ReadAhead;

/// <summary>
/// Loads the daemon's next page of events while the page just handed out is being projected. The daemon asks for a page only
/// when the one before it has been committed (one page per command in the subscription agent, one page per loop in the
/// single-pass composite rebuild), so without this a shard either reads events or projects and commits them, never both: at
/// 957,854 events the catch-up spent 11.2 s loading and 13.0 s executing pages, one after the other.
/// </summary>
/// <remarks>
/// A page is followed by a read-ahead, from its last event up to the same high-water mark, unless it reached that mark (Marten
/// gives a page short of the batch size the mark as its ceiling): then the shard has caught up. A read-ahead is handed out only
/// to the request that starts where it starts and reaches at least as high; every event up to the high-water mark it was read
/// with was committed then, so its page is what that request would have read.
/// The daemon asks a shard's loader for one page at a time, and the inner loader is never called twice at once either
/// (Marten's reuses one command), so a request the read-ahead does not serve first waits for it. The daemon's cap on concurrent
/// loads per database (<c>MaxConcurrentEventLoadsPerDatabase</c>) wraps this loader, so a read-ahead runs outside it: one per
/// shard at most.
/// </remarks>
public sealed class ReadAheadEventLoader(IEventLoader inner) : IEventLoader
{
    private ReadAhead? _ahead;

    public async Task<EventPage> LoadAsync(EventRequest request, CancellationToken token)
    {
        var ahead = _ahead;
        _ahead = null;
        EventPage page;
        if (ahead is not null && ahead.Serves(request))
            page = await ahead.Page.ConfigureAwait(false);
        else
        {
            if (ahead is not null) await ahead.Abandon().ConfigureAwait(false);
            page = await inner.LoadAsync(request, token).ConfigureAwait(false);
        }

        if (page.Ceiling < request.HighWater && !token.IsCancellationRequested)
        {
            var next = new EventRequest
            {
                Floor = page.Ceiling,
                HighWater = request.HighWater,
                BatchSize = request.BatchSize,
                Name = request.Name,
                ErrorOptions = request.ErrorOptions,
                Runtime = request.Runtime,
                Metrics = request.Metrics,
            };
            _ahead = new ReadAhead(next, Task.Run(() => inner.LoadAsync(next, token), token));
        }
        return page;
    }

    private sealed record ReadAhead(EventRequest Request, Task<EventPage> Page)
    {
        public bool Serves(EventRequest request) =>
            Request.Floor == request.Floor && Request.BatchSize == request.BatchSize && Request.HighWater <= request.HighWater;

        /// <summary>Waits for a read-ahead no one will take, so that the inner loader is free again; its outcome is nobody's.</summary>
        public async Task Abandon()
        {
            try { await Page.ConfigureAwait(false); }
            catch (Exception) { }
        }
    }
}
