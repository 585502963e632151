using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Assistance.Host.Storage;

/// <summary>
/// /health as JSON: the overall status and each check's status, description (zh-CN) and data (projection lag per projection).
/// The HTTP status is 503 only when the store is unreachable, the one case where the node cannot serve; a stopped or lagging
/// projection (Unhealthy or Degraded in the body) leaves the node serving commands and reads, so a load balancer keeps it.
/// </summary>
public static class HealthAnswer
{
    public const string StoreCheck = "store";

    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.StatusCode = report.Entries.TryGetValue(StoreCheck, out var store) && store.Status == HealthStatus.Unhealthy
            ? StatusCodes.Status503ServiceUnavailable
            : StatusCodes.Status200OK;
        http.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        }, JsonSetup.Options, http.RequestAborted);
    }
}
