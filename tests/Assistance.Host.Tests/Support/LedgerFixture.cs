using Alba;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Assistance.Host.Tests.Support;

/// <summary>
/// The real ledger (Marten, Wolverine, HTTP pipeline, sign-in) over a fresh database, with a fake clock that
/// tests move forward so that recorded times (and so asOf replays) are deterministic.
/// </summary>
public class LedgerFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 1, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);
    public IAlbaHost Host { get; private set; } = null!;
    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();

    public async Task InitializeAsync()
    {
        var connectionString = await TestDatabase.CreateAsync(GetType().Name);
        Host = await TestHosts.StartAsync(connectionString, Clock);
    }

    /// <summary>Sets the recorded clock to 10:00 China Standard Time on that day (forwards or back).</summary>
    public void Today(int year, int month, int day) => Clock.AdjustTime(new DateTimeOffset(year, month, day, 2, 0, 0, TimeSpan.Zero));

    /// <summary>
    /// Waits for the daily job the host runs at start-up (through the fixture's first day) to have finished: its last step is
    /// the day's audit anchor. A test whose assertions count a case's events, or that needs a store without an anchor, writes
    /// only after it, or the job's review notes and anchor may land in the middle of the test.
    /// </summary>
    public async Task StartUpDailyJobDoneAsync()
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            await using (var session = Store.QuerySession())
                if (await session.Query<Host.Audit.Anchors.AuditAnchor>().AnyAsync()) return;
            waited.Elapsed.ShouldBeLessThan(TimeSpan.FromMinutes(1), "the daily job did not finish its start-up run");
            await Task.Delay(50);
        }
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
