namespace Assistance.Host.Core;

/// <summary>
/// Refuses, before any endpoint runs, what no endpoint can store or look up: route values and query strings that break the
/// <see cref="StoredText"/> rule (a <c>%00</c> in <c>township</c>), the all-zero id (Marten refuses it as a stream id),
/// JSON bodies that <see cref="JsonBodyCheck"/> refuses or that exceed <see cref="MaxJsonBytes"/>. Runs after sign-in, so a
/// caller without a token still learns that first.
/// </summary>
public static class RequestGate
{
    /// <summary>A case with a hundred members and their incomes is a few dozen kilobytes; a megabyte is far beyond any real body.</summary>
    public const int MaxJsonBytes = 1024 * 1024;

    public static IApplicationBuilder UseRequestGate(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (RefusalOf(http) is { } refusal) { await refusal.ExecuteAsync(http); return; }
        if (IsJson(http.Request) && await RefuseBodyAsync(http) is { } bodyRefusal) { await bodyRefusal.ExecuteAsync(http); return; }
        await next(http);
    });

    private static IResult? RefusalOf(HttpContext http)
    {
        var errors = new Dictionary<string, string[]>();
        if (StoredText.Problem(http.Request.Path.Value ?? "", int.MaxValue) is { } pathProblem) errors["path"] = [pathProblem];
        foreach (var (name, value) in http.Request.RouteValues)
            if (value is string text && StoredText.Problem(name, text) is { } problem) errors[name] = [problem];
        foreach (var (name, values) in http.Request.Query)
        {
            if (StoredText.Problem(name, StoredText.ShortLimit) is not null) { errors["query"] = ["查询参数名含有无效字符"]; continue; }
            foreach (var value in values)
                if (value is not null && StoredText.Problem(name, value) is { } problem) errors[name] = [problem];
        }
        if (errors.Count > 0) return Problems.Invalid(errors);

        if (http.Request.RouteValues.TryGetValue("id", out var id) && Guid.TryParse(id as string, out var guid) && guid == Guid.Empty)
            return http.Request.Path.StartsWithSegments("/api/households")
                ? Problems.CaseNotFound(guid)
                : Problems.NotFound("记录不存在", "编号不能为全零，请核对编号。");
        return null;
    }

    private static bool IsJson(HttpRequest request) =>
        !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) &&
        request.ContentType is { } type && (type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) ||
                                            type.Contains("+json", StringComparison.OrdinalIgnoreCase));

    private static async Task<IResult?> RefuseBodyAsync(HttpContext http)
    {
        var request = http.Request;
        if (request.ContentLength > MaxJsonBytes) return TooLarge();
        request.EnableBuffering(bufferThreshold: 64 * 1024);
        using var body = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            body.Write(chunk, 0, read);
            if (body.Length > MaxJsonBytes) return TooLarge();
        }
        request.Body.Position = 0;
        var errors = JsonBodyCheck.Check(body.GetBuffer().AsMemory(0, (int)body.Length));
        return errors is { Count: > 0 } ? Problems.Invalid(errors) : null;
    }

    private static IResult TooLarge() => Results.Problem(title: "请求内容过大",
        detail: $"请求体超过 {MaxJsonBytes / 1024} KB，请检查提交的内容。", statusCode: StatusCodes.Status413PayloadTooLarge);
}
