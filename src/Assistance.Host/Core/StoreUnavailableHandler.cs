using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Npgsql;

namespace Assistance.Host.Core;

/// <summary>
/// Answers 503 with <c>Retry-After</c> when the database cannot be reached or dropped the connection (stopped, restarting,
/// out of connections, a time-out): a transient failure, not a fault of the request or of the ledger. The request's
/// transaction did not commit, so nothing of it took effect and the caller may send it again (with its Idempotency-Key).
/// </summary>
public sealed class StoreUnavailableHandler(IProblemDetailsService problems, ILogger<StoreUnavailableHandler> logger) : IExceptionHandler
{
    /// <summary>Seconds a client should wait before trying again: about what a PostgreSQL restart takes.</summary>
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (!IsTransient(exception)) return false;
        logger.LogWarning("The database is unavailable ({Error}); {Method} {Path} answered 503", exception.GetBaseException().Message,
            context.Request.Method, context.Request.Path);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "数据库暂时无法访问",
                Detail = $"台账数据库暂时无法连接，本次请求未生效（未写入任何内容）。请约 {RetryAfterSeconds} 秒后重试；如持续出现请联系系统管理员。",
            },
        });
    }

    /// <summary>Whether anything in the exception's chain says the database was unreachable rather than the request wrong.</summary>
    public static bool IsTransient(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
            if (e is NpgsqlException { IsTransient: true } or SocketException or TimeoutException) return true;
        return exception is AggregateException aggregate && aggregate.InnerExceptions.Any(IsTransient);
    }
}
