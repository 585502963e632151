using Assistance.Host;
using Assistance.Host.Access;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Assistance.Benchmarks.Ratios;

/// <summary>
/// The real ledger (Kestrel on a free local port, Wolverine, Marten and its async daemon) over one database of the suite.
/// The daily job is off, so that the only events are the ones the suite appends. The HTTP clients sign every request with a
/// token of a benchmark caseworker or approver (every county) from a signing key of the run's own, and the per-user rate
/// limit is lifted: the clients are the load being measured.
/// </summary>
public sealed class LedgerUnderTest : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LedgerUnderTest(WebApplication app, string connectionString)
    {
        _app = app;
        ConnectionString = connectionString;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var tokens = app.Services.GetRequiredService<TokenIssuer>();
        HttpClient Client(string id, string name, params string[] roles)
        {
            var user = new LedgerUser(id, name, roles.ToHashSet(), new HashSet<string> { LedgerClaims.EveryCounty }, null);
            var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(5) };
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", tokens.Issue(user, TimeSpan.FromDays(1)).Token);
            return client;
        }
        Http = Client("benchmark-caseworker", "基准经办", LedgerRoles.Caseworker, LedgerRoles.Auditor);
        ApproverHttp = Client("benchmark-approver", "基准审批", LedgerRoles.Approver);
    }

    public string ConnectionString { get; }
    /// <summary>Signed in as a caseworker (and auditor) of every county: applications, assessments, every read.</summary>
    public HttpClient Http { get; }
    /// <summary>Signed in as an approver of every county, a different person (联审联批: who assessed a case may not decide it).</summary>
    public HttpClient ApproverHttp { get; }
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
        ApproverHttp.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
