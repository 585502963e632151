using Alba;
using Assistance.Host.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Assistance.Host.Tests.Worklists;

/// <summary>
/// The real ledger over a fresh database, like <see cref="LedgerFixture"/>, but with the hourly daily-checks
/// scheduler off, so that each test says which days the job runs.
/// </summary>
public class WorklistFixture : IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = new(LedgerFixture.Start);
    public IAlbaHost Host { get; private set; } = null!;
    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        ConnectionString = await TestDatabase.CreateAsync(GetType().Name);
        Host = await StartAsync(ConnectionString, Clock, dailyChecks: false);
    }

    public static Task<IAlbaHost> StartAsync(string connectionString, TimeProvider clock, bool dailyChecks) =>
        TestHosts.StartAsync(connectionString, clock, builder => builder.UseSetting("Ledger:DailyChecks:Enabled", dailyChecks.ToString()));

    /// <summary>Sets the recorded clock to 10:00 China Standard Time on that day.</summary>
    public void Today(int year, int month, int day) => Clock.AdjustTime(new DateTimeOffset(year, month, day, 2, 0, 0, TimeSpan.Zero));

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
