using System.Diagnostics;
using System.Net;
using Alba;
using Assistance.Host.Observability;
using Assistance.Host.Tests.Support;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Assistance.Host.Tests.Operations;

/// <summary>
/// What an operator sees: Prometheus metrics on the management port, and one log line per request. Runs alone, after the
/// parallel tests: OpenTelemetry matches meters by name across the whole process, so the other test hosts' same-named
/// instruments share the lag gauges' metric streams, and a host disposed mid-scrape can end them (in full runs the gauges
/// sometimes never appeared, never when this ran by itself).
/// </summary>
[Collection(RunsAlone.Name)]
public class ObservabilityTests(ObservabilityFixture ledger) : IClassFixture<ObservabilityFixture>
{
    private HttpClient ManagementClient()
    {
        var client = ledger.Host.Server.CreateClient();
        client.BaseAddress = new Uri($"http://localhost:{ObservabilityFixture.MetricsPort}");
        return client;
    }

    [Fact]
    public async Task Metrics_answer_without_a_token_on_the_management_port_only_with_projection_lag_per_projection()
    {
        await ledger.Host.ApplyAsync();
        var store = ledger.Host.Services.GetRequiredService<IDocumentStore>();
        await store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));

        // One request on the ledger's port, so the request-duration histogram has something to show whichever test runs first.
        await ledger.Host.Scenario(s => { s.Get.Url("/api/counties"); s.As(TestUsers.Caseworker); });

        using var client = ManagementClient();
        var text = "";
        // The lag is sampled every second here; wait for a sample taken after the projections started.
        static bool Complete(string t) => t.Contains("ledger_projection_lag_seconds{", StringComparison.Ordinal) && t.Contains("http_server_request_duration_seconds", StringComparison.Ordinal);
        // Patience for a loaded machine (the whole suite runs beside it): a bound on waiting, not a timing assertion.
        var waited = Stopwatch.StartNew();
        while (!Complete(text) && waited.Elapsed < TimeSpan.FromSeconds(90))
        {
            var response = await client.GetAsync(ObservabilityModule.MetricsPath);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            text = await response.Content.ReadAsStringAsync();
            if (!Complete(text)) await Task.Delay(500);
        }
        var lagWarnings = ledger.Logs.Lines.Where(l => l.Category.EndsWith(nameof(ProjectionLagMetrics), StringComparison.Ordinal) && l.Level >= LogLevel.Warning);
        text.ShouldContain("ledger_projection_lag_events{", customMessage: string.Join('\n', lagWarnings.Select(l => l.Message)));
        text.ShouldContain("ledger_projection_lag_seconds{");
        text.ShouldContain("projection=\"");
        text.ShouldContain("http_server_request_duration_seconds");

        using var onTheLedgersPort = ledger.Host.Server.CreateClient();
        (await onTheLedgersPort.GetAsync(ObservabilityModule.MetricsPath)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_request_logs_one_line_with_its_trace_id_and_the_acting_users_id_and_never_a_name_or_id_number()
    {
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        var path = $"/api/outreach/persons/{Households.ApplicantId}/visits";
        await ledger.Host.Scenario(s =>
        {
            s.Post.Json(new { visitedOn = "2026-01-05", outcome = "NotFound" }).ToUrl(path);
            s.WithRequestHeader("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
            s.As(TestUsers.Caseworker);
            s.IgnoreStatusCode();
        });

        // The line is written as the pipeline unwinds, which may be just after the client has read the answer.
        List<CapturedLogs.Line> Lines() => ledger.Logs.Lines.Where(l => l.Category == RequestLogLines.Category && Equals(l.Values.GetValueOrDefault("TraceId"), traceId)).ToList();
        var waited = Stopwatch.StartNew();
        while (Lines().Count == 0 && waited.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(20);
        var line = Lines().ShouldHaveSingleItem();
        line.Values["UserId"].ShouldBe(TestUsers.Caseworker.Id);
        line.Values["Method"].ShouldBe("POST");
        line.Values["Route"].ShouldBe("/api/outreach/persons/{idNumber}/visits");
        line.Message.ShouldContain(traceId);
        ledger.Logs.Lines.ShouldAllBe(l => !l.Message.Contains(Households.ApplicantId) && !l.Message.Contains(TestUsers.Caseworker.Name));
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "Observability, alone";
}
