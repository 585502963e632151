using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Assistance.Host.Storage;

/// <summary>
/// How far each async projection is behind the last stored event (in events), Degraded past <c>Ledger:MaxProjectionLag</c>
/// (500 unless configured): statistics or worklists that far behind show a caseworker stale figures.
/// </summary>
public sealed class ProjectionLagHealthCheck(IDocumentStore store, IConfiguration configuration) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var allowed = configuration.GetValue("Ledger:MaxProjectionLag", 500L);
        try
        {
            await using var session = store.QuerySession();
            var rows = await session.QueryAsync<string>($"""
                select p.name || '|' || ((select coalesce(max(seq_id), 0) from {LedgerStore.Schema}.mt_events) - p.last_seq_id)
                from {LedgerStore.Schema}.mt_event_progression p where p.name <> 'HighWaterMark'
                """, ct);
            var lag = rows.Select(r => r.Split('|')).ToDictionary(p => p[0], p => (object)long.Parse(p[1]));
            var behind = lag.Where(l => (long)l.Value > allowed).Select(l => $"{l.Key} 落后 {l.Value} 个事件").ToList();
            return behind.Count == 0
                ? HealthCheckResult.Healthy("各投影已跟上", lag)
                : HealthCheckResult.Degraded($"投影滞后超过 {allowed} 个事件：{string.Join("；", behind)}", data: lag);
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("无法读取投影进度（数据库不可访问）", e);
        }
    }
}
