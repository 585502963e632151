using Assistance.Host.Access;
using Assistance.Host.Core;
using JasperFx.OpenTelemetry;
using Marten;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Assistance.Host.Observability;

/// <summary>
/// Traces and metrics (ASP.NET Core, HttpClient, Marten, Wolverine, Npgsql, runtime, projection lag) through OpenTelemetry:
/// sent by OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is configured, and scraped by Prometheus at <c>/metrics</c>.
/// </summary>
public sealed class ObservabilityModule : ILedgerModule
{
    public const string MetricsPath = "/metrics";

    /// <summary>The standard OpenTelemetry setting (an environment variable or a configuration key of the same name).</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// A management port: when set, <c>/metrics</c> answers without a token on that port only (keep it off the public
    /// network); when not, it answers on the ledger's port to an administrator's token.
    /// </summary>
    public const string MetricsPortKey = "Observability:MetricsPort";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ProjectionLagReader>();
        services.AddHostedService<ProjectionLagMetrics>();
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(LedgerTelemetry.ServiceName))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments(MetricsPath))
                .AddHttpClientInstrumentation()
                .AddSource(LedgerTelemetry.LibrarySources))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(LedgerTelemetry.MeterName)
                .AddMeter(LedgerTelemetry.LibrarySources)
                .AddPrometheusExporter());
        if (!string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey])) telemetry.UseOtlpExporter();
    }

    public void ConfigureStore(StoreOptions options)
    {
        options.OpenTelemetry.TrackConnections = TrackLevel.Normal;
        options.OpenTelemetry.TrackEventCounters();
    }

    public void Map(WebApplication app)
    {
        var scrape = app.MapPrometheusScrapingEndpoint(MetricsPath);
        if (app.Configuration.GetValue<int?>(MetricsPortKey) is { } port)
            scrape.RequireHost($"*:{port}").AllowAnonymous();
        else
            scrape.RequireAuthorization(LedgerPolicies.Administer);
    }
}
