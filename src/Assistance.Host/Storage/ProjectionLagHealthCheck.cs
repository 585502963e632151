using Assistance.Host.Observability;
using JasperFx;
using JasperFx.Events.Daemon;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Assistance.Host.Storage;

/// <summary>
/// Each async projection's lag in events and in seconds (the age of the oldest event it has not applied). Degraded past
/// <c>Ledger:MaxProjectionLag</c> events (500) or <c>Ledger:MaxProjectionLagSeconds</c> (60): statistics or worklists that
/// far behind show a caseworker stale figures. Unhealthy when the store cannot be read, or when this node runs the daemon
/// (<c>Solo</c>) and a projection is not running on it (stopped, paused after errors, never started).
/// </summary>
public sealed class ProjectionLagHealthCheck(ProjectionLagReader lags, IServiceProvider services, IConfiguration configuration) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var allowedEvents = configuration.GetValue("Ledger:MaxProjectionLag", 500L);
        var allowedSeconds = configuration.GetValue("Ledger:MaxProjectionLagSeconds", 60.0);
        IReadOnlyList<ProjectionLagReading> read;
        try
        {
            read = await lags.ReadAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("无法读取投影进度（数据库不可访问）", e);
        }

        var running = RunningHere();
        var data = read.ToDictionary(l => l.Projection, l => (object)new ProjectionState(
            l.EventsBehind, l.SecondsBehind, running is null ? null : running.Contains(l.Projection)));
        var stopped = running is null ? [] : read.Where(l => !running.Contains(l.Projection)).Select(l => l.Projection).ToList();
        if (stopped.Count > 0)
            return HealthCheckResult.Unhealthy($"投影已停止运行：{string.Join("、", stopped)}", data: data);

        var behind = read.Where(l => l.EventsBehind > allowedEvents || l.SecondsBehind > allowedSeconds)
            .Select(l => $"{l.Projection} 落后 {l.EventsBehind} 个事件、{l.SecondsBehind:0.#} 秒").ToList();
        return behind.Count == 0
            ? HealthCheckResult.Healthy("各投影已跟上", data)
            : HealthCheckResult.Degraded($"投影滞后超过 {allowedEvents} 个事件或 {allowedSeconds:0.#} 秒：{string.Join("；", behind)}", data: data);
    }

    /// <summary>
    /// The projections this node's Solo daemon is running, or null where another node may run them (Wolverine-managed
    /// distribution): there a stopped projection shows as a growing lag in seconds.
    /// </summary>
    private HashSet<string>? RunningHere()
    {
        if (configuration.GetValue("Ledger:DaemonDistribution", DaemonDistribution.Solo) != DaemonDistribution.Solo) return null;
        if (services.GetService<IProjectionCoordinator>() is not { } coordinator) return null;
        return coordinator.DaemonForMainDatabase().CurrentAgents()
            .Where(a => a.Status == AgentStatus.Running)
            .Select(a => a.Name.Identity)
            .ToHashSet(StringComparer.Ordinal);
    }
}
