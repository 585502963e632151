using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Assistance.Host.Storage;

/// <summary>Healthy when the event store's database answers.</summary>
public sealed class StoreHealthCheck(IDocumentStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await using var session = store.QuerySession();
            await session.Events.FetchStreamStateAsync(Guid.Empty, ct);
            return HealthCheckResult.Healthy("数据库可访问");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("数据库不可访问", e);
        }
    }
}
