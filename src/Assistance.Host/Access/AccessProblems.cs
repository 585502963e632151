namespace Assistance.Host.Access;

/// <summary>The zh-CN problem details of sign-in and permission failures.</summary>
public static class AccessProblems
{
    public static Task WriteAsync(HttpContext http, int status, string title, string detail)
    {
        http.Response.StatusCode = status;
        return http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }

    public static Task NotSignedIn(HttpContext http, string? reason) => WriteAsync(http, StatusCodes.Status401Unauthorized,
        "未登录或登录已失效", reason ?? "请先登录（请求须带有效的 Authorization: Bearer 令牌）。");

    public static Task Forbidden(HttpContext http) => WriteAsync(http, StatusCodes.Status403Forbidden,
        "无权办理此事项", "您的角色不允许办理此事项。如需办理，请联系系统管理员调整账号角色。");

    public static Task TooManyRequests(HttpContext http) => WriteAsync(http, StatusCodes.Status429TooManyRequests,
        "请求过于频繁", "短时间内请求次数过多，请稍候再试。");

    public static IResult CountyOutOfScope(string countyCode) => Results.Problem(statusCode: StatusCodes.Status403Forbidden,
        title: "无权查看或办理该县（市、区）的事项", detail: $"您的账号不包含县（市、区）{countyCode}。");

    public static IResult TownshipBound(string countyCode, string township) => Results.Problem(statusCode: StatusCodes.Status403Forbidden,
        title: "无权查看或办理全县的事项", detail: $"您的账号限于{township}，县（市、区）{countyCode} 的发放名册覆盖全县，须由县级账号查看或发放。");
}
