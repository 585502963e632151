using System.Collections;
using System.Diagnostics;
using System.Security.Claims;
using Assistance.Host.Access;

namespace Assistance.Host.Observability;

/// <summary>
/// One log line per request (category <c>Assistance.Host.Requests</c>): method, route template (never the raw path or query,
/// which may hold an ID number), status, duration, the W3C trace id and the acting user's id (the token's <c>sub</c>, never a
/// name). Every other line logged during the request carries the same two values as a logging scope.
/// </summary>
public static class RequestLogLines
{
    public const string Category = "Assistance.Host.Requests";

    public static IApplicationBuilder UseRequestLogLines(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        return app.Use(async (http, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            var traceId = Activity.Current?.TraceId.ToHexString() ?? http.TraceIdentifier;
            var status = 0;
            using (logger.BeginScope(new RequestScope(http, traceId)))
            {
                try
                {
                    await next(http);
                    status = http.Response.StatusCode;
                }
                catch
                {
                    // The exception handler further out answers it with a 500.
                    status = StatusCodes.Status500InternalServerError;
                    throw;
                }
                finally
                {
                    logger.LogInformation("{Method} {Route} answered {StatusCode} in {ElapsedMs} ms (trace {TraceId}, user {UserId})",
                        http.Request.Method, RouteOf(http), status, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                        traceId, UserIdOf(http.User));
                }
            }
        });
    }

    private static string RouteOf(HttpContext http) => http.GetEndpoint() switch
    {
        RouteEndpoint route => route.RoutePattern.RawText ?? route.DisplayName ?? "",
        _ when http.Request.Path.StartsWithSegments("/api") => "/api (无此接口)",
        _ => http.Request.Path.Value ?? "",
    };

    private static string? UserIdOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.Ledger().Id is { Length: > 0 } id ? id : null;

    /// <summary>Read when a line is written, so lines logged after sign-in carry the user.</summary>
    private sealed class RequestScope(HttpContext http, string traceId) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public int Count => 2;

        public KeyValuePair<string, object?> this[int index] => index switch
        {
            0 => new("TraceId", traceId),
            1 => new("UserId", UserIdOf(http.User)),
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            for (var i = 0; i < Count; i++) yield return this[i];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => $"trace {traceId}, user {UserIdOf(http.User)}";
    }
}
