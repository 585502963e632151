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

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
