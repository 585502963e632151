using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Assistance.Host.Access;

namespace Assistance.Host.Tests.Support;

/// <summary>
/// One ledger web host run as its own process (the build beside this test assembly) on a given database, as a node of a
/// deployment is run: for the tests that kill it, stop its database under it or run several of them.
/// </summary>
public sealed class LedgerNode : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _log = new();

    private LedgerNode(Process process, int port)
    {
        _process = process;
        Port = port;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line) _log.Enqueue(line); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) _log.Enqueue(line); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Port { get; }
    public HttpClient Http { get; }
    public int ProcessId => _process.Id;
    public bool HasExited => _process.HasExited;

    /// <summary>Everything the node printed so far (logs go to stderr, one line each).</summary>
    public IReadOnlyList<string> Log => _log.ToArray();

    /// <param name="settings">Configuration as environment variables (<c>Ledger__DaemonDistribution</c> …), over the defaults here.</param>
    public static async Task<LedgerNode> StartAsync(string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Assistance.Host.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["ConnectionStrings__Marten"] = connectionString,
                ["Auth__SigningKey"] = TestHosts.SigningKey,
                ["Access__RequestsPerUserPerMinute"] = "1000000",
                ["Ledger__DailyChecks__Enabled"] = "false",
                ["Logging__LogLevel__Wolverine"] = "Information",
            },
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) start.Environment[key] = value;
        var node = new LedgerNode(Process.Start(start)!, port);
        await node.WaitUntilServingAsync(TimeSpan.FromSeconds(120));
        return node;
    }

    /// <summary>Waits until the node answers <c>/health</c> at all (Healthy or Degraded: it serves requests).</summary>
    public async Task WaitUntilServingAsync(TimeSpan within)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < within)
        {
            if (_process.HasExited) throw new InvalidOperationException("The node ended while starting:\n" + string.Join('\n', Log.TakeLast(60)));
            try
            {
                if ((await Http.GetAsync("/health")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException("The node did not start serving:\n" + string.Join('\n', Log.TakeLast(60)));
    }

    /// <summary>Sends a JSON command (or a GET without a body) as <paramref name="user"/>, with an Idempotency-Key when given.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, LedgerUser user, object? body = null, string? idempotencyKey = null,
        CancellationToken ct = default)
    {
        var request = new HttpRequestMessage(method, path)
        {
            Headers = { { "Authorization", "Bearer " + SignedInRequests.IssuerWith(TestHosts.SigningKey).Issue(user).Token } },
            Content = body is null ? null : JsonContent.Create(body),
        };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return Http.SendAsync(request, ct);
    }

    /// <summary>kill -9: the process ends at once, mid-request, without running any shutdown code.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        Http.Dispose();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
