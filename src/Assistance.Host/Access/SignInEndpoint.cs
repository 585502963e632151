using System.Threading.RateLimiting;

namespace Assistance.Host.Access;

/// <summary>
/// 登录: exchanges a local account's name and password for a token. Limited per address (the rate-limiter policy) and per
/// account (here), so a password cannot be guessed by spreading attempts over addresses or over accounts.
/// </summary>
public static class SignInEndpoint
{
    public const string Path = "/auth/token";
    public const string AddressPolicy = "sign-in";

    private static readonly PartitionedRateLimiter<string> PerAccount = PartitionedRateLimiter.Create<string, string>(name =>
        RateLimitPartition.GetFixedWindowLimiter(name, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = 10, Window = TimeSpan.FromMinutes(10), QueueLimit = 0,
        }));

    public static void Map(WebApplication app) => app.MapPost(Path, SignInAsync)
        .AllowAnonymous()
        .RequireRateLimiting(AddressPolicy)
        .WithName("signIn")
        .WithSummary("登录：以本地账号的用户名和密码换取访问令牌")
        .WithDescription("以本地账号的用户名和密码换取访问令牌（JWT），之后每个 /api 请求在 Authorization 头中携带 Bearer 令牌。按地址和账号限制尝试频率（429）。接入省级统一身份认证时令牌由认证服务签发，不经此接口。")
        .WithTags("Access")
        .Produces<SignInAnswer>()
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<IResult> SignInAsync(SignInRequest? request, LocalAccounts accounts, TokenIssuer tokens, HttpContext http, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request?.UserName) || string.IsNullOrEmpty(request.Password))
            return Results.Problem(statusCode: 400, title: "请填写用户名和密码", detail: "登录需要 userName 和 password。");
        using var lease = PerAccount.AttemptAcquire(LocalAccounts.NormaliseName(request.UserName));
        if (!lease.IsAcquired)
        {
            await AccessProblems.TooManyRequests(http);
            return Results.Empty;
        }
        var account = await accounts.VerifyAsync(request.UserName, request.Password, ct);
        if (account is null)
            return Results.Problem(statusCode: 401, title: "用户名或密码不正确", detail: "请核对后重新输入；账号被停用时也无法登录。");
        var user = account.ToUser();
        var token = tokens.Issue(user);
        return Results.Ok(new SignInAnswer(token.Token, token.ExpiresAt, UserProfile.Of(user)));
    }
}
