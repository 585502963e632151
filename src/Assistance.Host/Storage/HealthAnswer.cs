using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Assistance.Host.Storage;

/// <summary>/health as JSON: the overall status and each check's status, description (zh-CN) and data (projection lag per projection).</summary>
public static class HealthAnswer
{
    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        }, JsonSetup.Options, http.RequestAborted);
    }
}
