using System.Net;
using System.Net.Sockets;
using Assistance.Host.Observability;
using Assistance.Host.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Assistance.Host.Tests.Operations;

/// <summary>With OTEL_EXPORTER_OTLP_ENDPOINT set, the ledger sends its traces to that collector (here a listener on loopback).</summary>
public class OtlpExportTests
{
    [Fact]
    public async Task Traces_go_to_the_configured_otlp_endpoint()
    {
        var port = FreePort();
        using var collector = new HttpListener();
        collector.Prefixes.Add($"http://127.0.0.1:{port}/");
        collector.Start();
        var received = new List<string>();
        var traces = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _ = Serve(collector, received, traces);

        var connectionString = await TestDatabase.CreateAsync(nameof(OtlpExportTests));
        await using var host = await TestHosts.StartAsync(connectionString, new FakeTimeProvider(LedgerFixture.Start), builder =>
        {
            builder.UseSetting(ObservabilityModule.OtlpEndpointKey, $"http://127.0.0.1:{port}");
            builder.UseSetting("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
            builder.UseSetting("OTEL_BSP_SCHEDULE_DELAY", "200");
        });
        using var client = host.Server.CreateClient();
        await client.GetAsync("/api/counties");

        (await Task.WhenAny(traces.Task, Task.Delay(TimeSpan.FromSeconds(30)))).ShouldBe(traces.Task,
            $"nothing reached /v1/traces; got {string.Join(", ", received)}");
        (await traces.Task).ShouldBe("application/x-protobuf");
    }

    /// <summary>Answers every export 200 until the listener stops; <paramref name="traces"/> gets the content type of the first trace export.</summary>
    private static async Task Serve(HttpListener collector, List<string> received, TaskCompletionSource<string> traces)
    {
        while (collector.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await collector.GetContextAsync();
            }
            catch (Exception) when (!collector.IsListening)
            {
                return;
            }
            var request = context.Request;
            await request.InputStream.CopyToAsync(Stream.Null);
            context.Response.StatusCode = 200;
            context.Response.Close();
            lock (received) received.Add(request.Url!.AbsolutePath);
            if (request.Url.AbsolutePath == "/v1/traces") traces.TrySetResult(request.ContentType ?? "");
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
