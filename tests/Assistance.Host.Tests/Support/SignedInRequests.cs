using Alba;
using Assistance.Host.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Assistance.Host.Tests.Support;

/// <summary>
/// Every request of a test is made by a signed-in user. A scenario names its user with <see cref="As"/>; one that names
/// none acts as the person whose role does that step (caseworkers apply, approvers decide, administrators set policy,
/// auditors read the audit trail), for every county. <see cref="Anonymous"/> sends no token at all.
/// </summary>
public static class SignedInRequests
{
    public const string AnonymousMarker = "X-Test-Anonymous";

    /// <summary>
    /// Signs, inside the test host's pipeline (where the request's method and path are known), each request that carries
    /// no token as the user whose role does that step.
    /// </summary>
    public sealed class ByRole(TokenIssuer tokens) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, proceed) =>
            {
                if (!http.Request.Headers.Remove(AnonymousMarker) && !http.Request.Headers.ContainsKey("Authorization"))
                    http.Request.Headers.Authorization =
                        "Bearer " + tokens.Issue(DefaultUserFor(http.Request.Method, http.Request.Path.Value ?? "")).Token;
                return proceed(http);
            });
            next(app);
        };
    }

    public static Scenario As(this Scenario scenario, LedgerUser user)
    {
        var token = Issuer.Value.Issue(user).Token;
        scenario.ConfigureHttpContext(http => http.Request.Headers.Authorization = "Bearer " + token);
        return scenario;
    }

    public static Scenario WithToken(this Scenario scenario, string token)
    {
        scenario.ConfigureHttpContext(http => http.Request.Headers.Authorization = "Bearer " + token);
        return scenario;
    }

    public static Scenario Anonymous(this Scenario scenario)
    {
        scenario.ConfigureHttpContext(http =>
        {
            http.Request.Headers.Remove("Authorization");
            http.Request.Headers[AnonymousMarker] = "1";
        });
        return scenario;
    }

    public static string TokenFor(this IAlbaHost host, LedgerUser user) => host.Services.GetRequiredService<TokenIssuer>().Issue(user).Token;

    /// <summary>Every test host signs with the same <see cref="TestHosts.SigningKey"/>, so one issuer serves them all.</summary>
    private static readonly Lazy<TokenIssuer> Issuer = new(() => IssuerWith(TestHosts.SigningKey));

    public static TokenIssuer IssuerWith(string signingKey)
    {
        var settings = AuthSettings.From(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Auth:SigningKey"] = signingKey }).Build());
        return new TokenIssuer(settings, Assistance.Host.Access.SigningKey.Resolve(settings));
    }

    public static LedgerUser DefaultUserFor(string method, string path)
    {
        if (path.StartsWith("/api/households/") && (path.EndsWith("/decisions") || path.EndsWith("/exits"))) return TestUsers.Approver;
        if (path.StartsWith("/api/payment-rolls/") && (method == HttpMethods.Post || path.EndsWith(".csv") || path.EndsWith(".xlsx")))
            return TestUsers.Approver;
        if (path.StartsWith("/api/counties/") && path.Contains("/policy") && method != HttpMethods.Get) return TestUsers.Administrator;
        if (path.StartsWith("/api/calendar/") && method == HttpMethods.Put) return TestUsers.Administrator;
        if (path.StartsWith("/api/data-comparisons") || (path.StartsWith("/api/imports") && !path.EndsWith("template.csv"))) return TestUsers.Administrator;
        if (path.StartsWith("/api/outreach/rosters")) return TestUsers.Administrator;
        if (path.StartsWith("/api/audit/") || path.EndsWith("/audit") || path.EndsWith("/verify")) return TestUsers.Auditor;
        return TestUsers.Caseworker;
    }
}
