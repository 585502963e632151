using Assistance.Host;
using Assistance.Host.Access;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Assistance.Benchmarks.Ratios;

/// <summary>
/// The real ledger (Kestrel on a free local port, Wolverine, Marten and its async daemon) over one database of the suite.
/// The daily job is off, so that the only events are the ones the suite appends. The HTTP client signs every request with a
/// token of one benchmark user (caseworker, approver and auditor for every county) from a signing key of the run's own,
/// and the per-user rate limit is lifted: the clients are the load being measured.
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
        var user = new LedgerUser("benchmark", "基准测试", new HashSet<string> { LedgerRoles.Caseworker, LedgerRoles.Approver, LedgerRoles.Auditor },
            new HashSet<string> { LedgerClaims.EveryCounty }, null);
        var token = app.Services.GetRequiredService<TokenIssuer>().Issue(user, TimeSpan.FromDays(1)).Token;
        Http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
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
        builder.Configuration["Auth:SigningKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));
        builder.Configuration["Access:RequestsPerUserPerMinute"] = "100000000";
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
