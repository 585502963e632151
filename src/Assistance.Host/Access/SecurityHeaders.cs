using Scalar.AspNetCore;

namespace Assistance.Host.Access;

/// <summary>
/// Headers every answer carries: pages may run only their own scripts (no inline script), may not be framed, do not leak
/// the address they were opened from, and are never sniffed into another content type.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            // The API reference page (Scalar) starts itself with one inline script, allowed by its per-request nonce.
            headers.ContentSecurityPolicy = http.Items[ScalarOptions.NonceHttpContextItemKey] is string nonce
                ? ContentSecurityPolicy.Replace("script-src 'self'", $"script-src 'self' 'nonce-{nonce}'", StringComparison.Ordinal)
                : ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.Remove("Server");
            return Task.CompletedTask;
        });
        return next(http);
    });
}
