using Assistance.Host;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Assistance.Benchmarks.Ratios;

/// <summary>
/// The real ledger (Kestrel on a free local port, Wolverine, Marten and its async daemon) over one database of the suite.
/// The daily job is off, so that the only events are the ones the suite appends.
/// </summary>
public sealed class LedgerUnderTest : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LedgerUnderTest(WebApplication app, string connectionString)
    {
        _app = app;
        ConnectionString = connectionString;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(5) };
    }

    public string ConnectionString { get; }
    public HttpClient Http { get; }
    public IServiceProvider Services => _app.Services;
    public IDocumentStore Store => _app.Services.GetRequiredService<IDocumentStore>();
    public IProjectionCoordinator Coordinator => _app.Services.GetRequiredService<IProjectionCoordinator>();

    public static async Task<LedgerUnderTest> StartAsync(string connectionString)
    {
        var builder = WebApplication.CreateBuilder([]);
        builder.Configuration["Ledger:DailyChecks:Enabled"] = "false";
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddLedger(connectionString);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseLedger();
        await app.StartAsync();
        return new LedgerUnderTest(app, connectionString);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
