using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace Assistance.Host.Core;

/// <summary>
/// Puts the answers the framework writes by itself into zh-CN: a request body Wolverine cannot read as the endpoint's JSON
/// (its "Invalid JSON format" answer, with the .NET type names in it) becomes a 400 keyed by the field at fault, and a bare
/// status answer (no route, wrong content type…) gets a Chinese title instead of the English reason phrase.
/// </summary>
public sealed partial class ProblemTexts : ILedgerModule
{
    private const string WolverineJsonTitle = "Invalid JSON format";

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.Configure<ProblemDetailsOptions>(o => o.CustomizeProblemDetails = Translate);

    private static void Translate(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Title == WolverineJsonTitle)
        {
            var field = JsonPath().Match(problem.Detail ?? "") is { Success: true } m && m.Groups[1].Value.Length > 0 ? m.Groups[1].Value : "body";
            problem.Title = "请求内容无法读取";
            problem.Detail = field == "body"
                ? "请求体不是有效的 JSON 对象，请按接口约定提交。"
                : $"「{field}」的值类型或格式不对（如数字写成了文字、超出范围），请更正后重新提交。";
            problem.Type = null;
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = ["数值或格式不正确"] };
            return;
        }
        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            // Whatever failed, the caller learns only that nothing of the request took effect; the log has the rest.
            problem.Title = TitleOf(StatusCodes.Status500InternalServerError);
            problem.Detail = "服务器处理本次请求时出错，请求未生效（未写入任何内容），请稍后重试；如反复出现请联系系统管理员。";
            problem.Type = null;
            problem.Extensions.Remove("exception");
            return;
        }
        if (problem.Status is { } status && problem.Title == ReasonPhrases.GetReasonPhrase(status) && TitleOf(status) is { } title)
            problem.Title = title;
    }

    private static string? TitleOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "请求有误",
        StatusCodes.Status404NotFound => "请求的地址不存在",
        StatusCodes.Status405MethodNotAllowed => "不支持该请求方法",
        StatusCodes.Status406NotAcceptable => "无法按所要求的格式答复",
        StatusCodes.Status413PayloadTooLarge => "请求内容过大",
        StatusCodes.Status415UnsupportedMediaType => "请求内容须为 JSON（Content-Type: application/json）",
        StatusCodes.Status500InternalServerError => "服务器内部错误，请稍后重试或联系系统管理员",
        _ => null,
    };

    /// <summary>System.Text.Json names the place of the failure as "Path: $.members[0].amount |".</summary>
    [GeneratedRegex(@"Path: \$\.?([^ |]*)")]
    private static partial Regex JsonPath();
}
