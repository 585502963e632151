using System.Diagnostics.Metrics;

namespace Assistance.Host.Observability;

/// <summary>
/// Projection lag as two gauges per projection, <c>ledger.projection.lag.events</c> and <c>ledger.projection.lag.seconds</c>
/// (Prometheus: <c>ledger_projection_lag_events</c>, <c>ledger_projection_lag_seconds</c>). The store is read every
/// <c>Observability:LagSampleSeconds</c> (15) rather than on each scrape, so a scraper cannot load the database.
/// </summary>
public sealed class ProjectionLagMetrics : BackgroundService
{
    private readonly ProjectionLagReader _reader;
    private readonly TimeSpan _interval;
    private readonly ILogger<ProjectionLagMetrics> _logger;
    private volatile IReadOnlyList<ProjectionLagReading> _latest = [];

    public ProjectionLagMetrics(IMeterFactory meters, ProjectionLagReader reader, IConfiguration configuration, ILogger<ProjectionLagMetrics> logger)
    {
        _reader = reader;
        _logger = logger;
        _interval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Observability:LagSampleSeconds", 15)));
        var meter = meters.Create(LedgerTelemetry.MeterName);
        meter.CreateObservableGauge("ledger.projection.lag.events",
            () => _latest.Select(l => new Measurement<long>(l.EventsBehind, Tag(l))),
            unit: "{event}", description: "Events stored but not yet applied by the projection");
        meter.CreateObservableGauge("ledger.projection.lag.seconds",
            () => _latest.Select(l => new Measurement<double>(l.SecondsBehind, Tag(l))),
            unit: "s", description: "Age of the oldest event the projection has not yet applied");
    }

    private static KeyValuePair<string, object?> Tag(ProjectionLagReading lag) => new("projection", lag.Projection);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval);
        do
        {
            try
            {
                _latest = await _reader.ReadAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // No figures rather than stale ones: /health says the store is unreachable. A cancellation that is not the host
                // stopping (a timed-out connection) is one failed sample too, not the end of sampling.
                _latest = [];
                _logger.LogWarning(e, "Could not read the projections' progress for the lag metrics");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
