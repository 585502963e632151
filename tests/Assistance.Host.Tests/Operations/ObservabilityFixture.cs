using Alba;
using Assistance.Host.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Assistance.Host.Tests.Operations;

/// <summary>A ledger with a management port for /metrics, lag sampled every second, and its log lines captured.</summary>
public sealed class ObservabilityFixture : IAsyncLifetime
{
    public const int MetricsPort = 9464;

    public CapturedLogs Logs { get; } = new();
    public IAlbaHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var connectionString = await TestDatabase.CreateAsync(nameof(ObservabilityFixture));
        Host = await TestHosts.StartAsync(connectionString, new FakeTimeProvider(LedgerFixture.Start), builder =>
        {
            builder.UseSetting("Observability:MetricsPort", MetricsPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Observability:LagSampleSeconds", "1");
            builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
        });
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
