using System.Threading.RateLimiting;
using Assistance.Host.Core;
using Marten;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.IdentityModel.Tokens;

namespace Assistance.Host.Access;

/// <summary>
/// Sign-in and permissions: JWT bearer tokens (the ledger's own HS256 key, or an OpenID Connect authority), the role
/// policies, local accounts when no provider is configured, rate limits and the security headers.
/// </summary>
public sealed class AccessModule : ILedgerModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        var settings = AuthSettings.From(configuration);
        services.AddSingleton(settings);
        SecurityKey? key = settings.UsesLocalAccounts || settings.SigningKey is not null ? SigningKey.Resolve(settings) : null;
        if (key is not null)
        {
            services.AddSingleton(key);
            services.AddSingleton<TokenIssuer>();
        }
        if (settings.UsesLocalAccounts)
        {
            services.AddSingleton<LocalAccounts>();
            services.AddHostedService<FirstAdministrator>();
        }

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            o.MapInboundClaims = false;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = settings.Issuer,
                ValidAudience = settings.Audience,
                IssuerSigningKey = key,
                NameClaimType = LedgerClaims.Name,
                RoleClaimType = LedgerClaims.Role,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
            if (!settings.UsesLocalAccounts)
            {
                o.Authority = settings.Authority;
                o.Audience = settings.Audience;
                o.RequireHttpsMetadata = configuration.GetValue("Auth:RequireHttpsMetadata", true);
            }
            o.Events = new JwtBearerEvents
            {
                OnTokenValidated = RefuseDisabledAccounts,
                OnChallenge = async context =>
                {
                    context.HandleResponse();
                    var reason = context.AuthenticateFailure switch
                    {
                        SecurityTokenExpiredException => "登录已过期，请重新登录。",
                        null => null,
                        _ => "访问令牌无效（签名、签发方或受众不符），请重新登录。",
                    };
                    await AccessProblems.NotSignedIn(context.HttpContext, reason);
                },
                OnForbidden = context => AccessProblems.Forbidden(context.HttpContext),
            };
        });
        services.AddAuthorization(LedgerPolicies.Add);
        services.AddRateLimiter(o => AddRateLimits(o, configuration));
        services.Configure<KestrelServerOptions>(o => o.AddServerHeader = false);
    }

    public void ConfigureStore(StoreOptions options)
    {
        options.Schema.For<LocalAccount>();
        options.Schema.For<IdView>().Index(v => v.ViewedDay);
    }

    public void Map(WebApplication app)
    {
        if (app.Services.GetRequiredService<AuthSettings>().UsesLocalAccounts) SignInEndpoint.Map(app);
    }

    /// <summary>A disabled local account loses access at once, not when its last token expires.</summary>
    private static async Task RefuseDisabledAccounts(TokenValidatedContext context)
    {
        if (context.HttpContext.RequestServices.GetService<LocalAccounts>() is not { } accounts) return;
        var id = context.Principal?.FindFirst(LedgerClaims.Subject)?.Value;
        if (id is not null && await accounts.FindAsync(id, context.HttpContext.RequestAborted) is { Disabled: true })
            context.Fail("账号已停用");
    }

    private static void AddRateLimits(Microsoft.AspNetCore.RateLimiting.RateLimiterOptions o, IConfiguration configuration)
    {
        var signInsPerAddress = configuration.GetValue("Access:SignInsPerAddressPerMinute", 20);
        var requestsPerUser = configuration.GetValue("Access:RequestsPerUserPerMinute", 1200);
        o.OnRejected = (context, _) => new ValueTask(AccessProblems.TooManyRequests(context.HttpContext));
        o.AddPolicy(SignInEndpoint.AddressPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = signInsPerAddress, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            http.User.FindFirst(LedgerClaims.Subject)?.Value is { } user
                ? RateLimitPartition.GetFixedWindowLimiter(user,
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = requestsPerUser, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("anonymous"));
    }
}
