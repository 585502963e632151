using Assistance.Domain.Cases;
using Microsoft.AspNetCore.Mvc;

namespace Assistance.Host.Core;

/// <summary>RFC 9457 problem-details answers with a detail a caseworker can act on (zh-CN).</summary>
public static class Problems
{
    public static IResult CaseNotFound(Guid id) => Results.Problem(
        title: "案件不存在", detail: $"找不到编号为 {id} 的案件，请核对案件编号。", statusCode: StatusCodes.Status404NotFound);

    public static IResult NotFound(string title, string detail) =>
        Results.Problem(title: title, detail: detail, statusCode: StatusCodes.Status404NotFound);

    public static IResult Conflict(Refusal refusal) =>
        Results.Problem(title: refusal.Title, detail: refusal.Detail, statusCode: StatusCodes.Status409Conflict);

    public static IResult Conflict(string title, string detail) => Conflict(new Refusal(title, detail));

    public static IResult Invalid(IDictionary<string, string[]> errors) => Results.ValidationProblem(
        errors, title: "请求参数有误", detail: $"有 {errors.Count} 项参数不符合要求，请按 errors 逐项更正后重新提交。");

    public static ProblemDetails VersionConflict(string detail) => new()
    {
        Title = "案件已被他人修改",
        Detail = detail,
        Status = StatusCodes.Status409Conflict,
    };
}
