using JasperFx;
using Marten.Exceptions;
using Microsoft.AspNetCore.Diagnostics;

namespace Assistance.Host.Core;

/// <summary>
/// Turns the store's optimistic-concurrency failures into 409, wherever they surface (fetch or save),
/// so that a racing writer never overwrites another's events and never sees a 500.
/// </summary>
public sealed class ConcurrencyProblemHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var detail = exception switch
        {
            ExistingStreamIdCollisionException => "该案件编号已被使用，请换一个编号或不填编号由系统生成。",
            ConcurrencyException => "提交时案件的版本已变化（他人已先行办理或所给 expectedVersion 已过期）。请刷新案件后重新办理。",
            _ => null,
        };
        if (detail is null) return false;
        context.Response.StatusCode = StatusCodes.Status409Conflict;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = Problems.VersionConflict(detail),
        });
    }
}
