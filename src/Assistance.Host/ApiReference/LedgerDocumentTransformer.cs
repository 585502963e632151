using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Assistance.Host.ApiReference;

/// <summary>
/// What an integrator needs beyond the endpoints' own metadata: the bearer-token scheme on every /api operation (others,
/// such as sign-in, explicitly none), the feature groups, the problem-details answers, and the server this document was
/// read from (without a trailing slash).
/// </summary>
public sealed class LedgerDocumentTransformer(IHttpContextAccessor http) : IOpenApiDocumentTransformer
{
    public const string BearerScheme = "bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "社会救助案件台账 API",
            Version = "v1",
            Description = "县级民政部门办理低保、特困、临时救助案件的台账接口。每个 /api 请求须携带 Bearer 令牌（POST /auth/token 获取，" +
                "或由统一身份认证签发）；用户只能看到令牌所列县的数据。错误以 RFC 9457 问题详情（application/problem+json，中文）答复。" +
                "每个命令可带 Idempotency-Key 头：重试得到首次的答复而不重复执行。",
        };
        if (http.HttpContext?.Request is { } request)
            document.Servers = [new OpenApiServer { Url = $"{request.Scheme}://{request.Host}{request.PathBase}".TrimEnd('/') }];

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "访问令牌：含 sub、name、role、county（或 *）及可选的 township 声明。",
        };
        ProblemAnswers.AddSchemas(document);

        var tags = new Dictionary<string, OpenApiTag>(StringComparer.Ordinal);
        foreach (var (path, item) in document.Paths)
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                Group(document, operation, tags);
                if (!path.StartsWith("/api/", StringComparison.Ordinal))
                {
                    operation.Security = [];
                    continue;
                }
                operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] }];
                ProblemAnswers.Describe(document, path, method, operation);
            }
        }
        document.Tags = new HashSet<OpenApiTag>(FeatureTags.All.Where(f => tags.ContainsKey(f.Name)).Select(f => tags[f.Name]));
        return Task.CompletedTask;
    }

    private static void Group(OpenApiDocument document, OpenApiOperation operation, Dictionary<string, OpenApiTag> tags)
    {
        var groups = (operation.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(t => t.Name is { } name ? FeatureTags.Of(name) : null)
            .OfType<(string Name, string Description)>()
            .ToList();
        if (groups.Count == 0) return;
        operation.Tags = new HashSet<OpenApiTagReference>();
        foreach (var (name, description) in groups)
        {
            tags.TryAdd(name, new OpenApiTag { Name = name, Description = description });
            operation.Tags.Add(new OpenApiTagReference(name, document));
        }
    }
}
