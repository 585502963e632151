using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Assistance.Host.ApiReference;

/// <summary>
/// The RFC 9457 problem-details answers an operation can give, derived from how the ledger answers: every /api operation
/// 401 (no or bad token) and 403 (role or county); a command or a query with parameters 400 (with <c>errors</c> by field); one with
/// path values 404; a body over its limit 413; every command 409 (the case's state or a concurrent change) and 422 (an
/// <c>Idempotency-Key</c> reused for another request).
/// </summary>
public static class ProblemAnswers
{
    public const string ProblemSchema = "ProblemDetails";
    public const string ValidationProblemSchema = "ValidationProblemDetails";
    public const string ContentType = "application/problem+json";

    private static readonly Dictionary<int, string> Descriptions = new()
    {
        [400] = "请求有误：errors 按字段列出每个问题",
        [401] = "未登录或令牌无效",
        [403] = "无此操作的权限，或不在用户所辖的县",
        [404] = "不存在，或属于用户所辖范围以外的县",
        [409] = "案件状态不允许此步骤（detail 说明缺少哪一步），或案件已被他人修改",
        [413] = "请求内容过大",
        [422] = "此 Idempotency-Key 已用于内容不同的另一请求",
    };

    public static void AddSchemas(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[ProblemSchema] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "RFC 9457 问题详情（中文）",
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["title"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "问题的简短说明" },
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "此次请求的具体原因" },
                ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String },
            },
        };
        document.Components.Schemas[ValidationProblemSchema] = new OpenApiSchema
        {
            Description = "字段校验失败：errors 以字段名为键，列出该字段的每个问题",
            AllOf = [new OpenApiSchemaReference(ProblemSchema, document)],
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
            },
            Examples =
            [
                new JsonObject
                {
                    ["title"] = "请求有误",
                    ["status"] = 400,
                    ["errors"] = new JsonObject { ["countyCode"] = new JsonArray("不是已知的县代码") },
                },
            ],
        };
    }

    public static IEnumerable<int> For(string path, HttpMethod method, OpenApiOperation operation)
    {
        var command = method != HttpMethod.Get && method != HttpMethod.Head;
        if (command || operation.Parameters is { Count: > 0 }) yield return 400;
        yield return 401;
        yield return 403;
        if (path.Contains('{')) yield return 404;
        if (command) yield return 409;
        if (operation.RequestBody is not null) yield return 413;
        if (command) yield return 422;
    }

    /// <summary>Puts the problem answers on the operation; a "404" Wolverine lists on every operation goes where there is nothing to find.</summary>
    public static void Describe(OpenApiDocument document, string path, HttpMethod method, OpenApiOperation operation)
    {
        operation.Responses ??= new OpenApiResponses();
        operation.Responses.Remove("404");
        foreach (var status in For(path, method, operation))
        {
            operation.Responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new OpenApiResponse
            {
                Description = Descriptions[status],
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    [ContentType] = new() { Schema = new OpenApiSchemaReference(status == 400 ? ValidationProblemSchema : ProblemSchema, document) },
                },
            };
        }
    }
}
