using Assistance.Host.Storage.ReadAhead;
using Assistance.Host.Tests.Support;
using Assistance.Host.Tests.Worklists;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace Assistance.Host.Tests.Storage;

/// <summary>
/// The daemon's event loader reads the next page while the current one is projected; the pages it hands out are still every
/// event once, in order, even when events were appended after a read-ahead was made.
/// </summary>
public class ReadAheadEventLoaderTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private const int PageSize = 7;

    [Fact]
    public void The_ledgers_store_builds_read_ahead_loaders_and_logs_as_Martens_own()
    {
        ledger.Store.ShouldBeOfType<ReadAheadDocumentStore>();
        Loader().ShouldBeOfType<ReadAheadEventLoader>();
        ledger.Store.Options.Logger().GetType().Name.ShouldBe("DefaultMartenLogger");
    }

    [Fact]
    public async Task A_read_ahead_serves_the_next_page_and_no_event_is_lost_or_repeated()
    {
        await ledger.StartUpDailyJobDoneAsync();
        var before = await LastSequenceAsync();
        for (var i = 0; i < 10; i++) await ApplyAsync();
        var firstHighWater = await LastSequenceAsync();
        var loader = Loader();

        var first = await loader.LoadAsync(Request(before, firstHighWater), CancellationToken.None);
        first.Count.ShouldBe(PageSize);
        // Appended after the first page was handed out, so after the read-ahead of the next one began.
        for (var i = 0; i < 5; i++) await ApplyAsync();
        var highWater = await LastSequenceAsync();

        var second = await loader.LoadAsync(Request(first.Ceiling, highWater), CancellationToken.None);
        // The read-ahead's page: up to the high-water mark it was read with, though the request reaches further.
        second.Ceiling.ShouldBe(firstHighWater);
        second.Count.ShouldBe(3);
        var third = await loader.LoadAsync(Request(second.Ceiling, highWater), CancellationToken.None);
        third.Ceiling.ShouldBe(highWater);

        var stored = await SequencesAsync(before, highWater);
        stored.Count.ShouldBe(15);
        first.Concat(second).Concat(third).Select(e => e.Sequence).ShouldBe(stored);
    }

    [Fact]
    public async Task A_request_the_read_ahead_does_not_serve_gets_its_own_page()
    {
        await ledger.StartUpDailyJobDoneAsync();
        var before = await LastSequenceAsync();
        for (var i = 0; i < 2 * PageSize + 1; i++) await ApplyAsync();
        var highWater = await LastSequenceAsync();
        var stored = await SequencesAsync(before, highWater);
        var loader = Loader();

        await loader.LoadAsync(Request(before, highWater), CancellationToken.None);
        // The daemon started again from an earlier point: the read-ahead of the second page is not this page.
        var again = await loader.LoadAsync(Request(before, highWater), CancellationToken.None);
        again.Select(e => e.Sequence).ShouldBe(stored.Take(PageSize));
        var next = await loader.LoadAsync(Request(again.Ceiling, highWater), CancellationToken.None);
        next.Select(e => e.Sequence).ShouldBe(stored.Skip(PageSize).Take(PageSize));
    }

    private Task<Guid> ApplyAsync() =>
        ledger.Store.StartAsync(id => CaseHistories.Applied(id, new LocalDate(2026, 1, 5), members: CaseHistories.Person("申请人", "19800101", "001")));

    private static readonly ShardName Shard = new("ReadAheadTest");

    private IEventDatabase Database => (IEventDatabase)ledger.Store.Storage.Database;

    private IEventLoader Loader() =>
        ((IEventStore<IDocumentOperations, IQuerySession>)ledger.Store).BuildEventLoader(
            Database, NullLogger.Instance, new EventFilterable(), new AsyncOptions { BatchSize = PageSize }, Shard);

    private EventRequest Request(long floor, long highWater) => new()
    {
        Floor = floor,
        HighWater = highWater,
        BatchSize = PageSize,
        Name = Shard,
        ErrorOptions = new ErrorHandlingOptions(),
        Metrics = new SubscriptionMetrics((IEventStore)ledger.Store, Shard, Database.DatabaseUri),
    };

    private async Task<long> LastSequenceAsync() => (await ledger.Store.Advanced.FetchEventStoreStatistics()).EventSequenceNumber;

    private async Task<List<long>> SequencesAsync(long after, long through)
    {
        await using var session = ledger.Store.QuerySession();
        return (await session.Events.QueryAllRawEvents().Where(e => e.Sequence > after && e.Sequence <= through).OrderBy(e => e.Sequence)
            .Select(e => e.Sequence).ToListAsync()).ToList();
    }
}
