using System.Text.Json.Nodes;
using Alba;
using Assistance.Host.Access;
using Assistance.Host.Tests.Support;
using Assistance.Host.Tests.Statistics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Assistance.Host.Tests.Access;

/// <summary>Every operation of the OpenAPI document refuses a request without a valid token, whatever it would have done.</summary>
public class SignInRequiredTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private IAlbaHost Host => ledger.Host;

    public enum Token { None, Expired, OtherKey, WrongAudience }

    [Theory]
    [InlineData(Token.None)]
    [InlineData(Token.Expired)]
    [InlineData(Token.OtherKey)]
    [InlineData(Token.WrongAudience)]
    public async Task Every_api_operation_answers_401_in_zh_CN(Token token)
    {
        var operations = await OperationsAsync();
        operations.Count.ShouldBeGreaterThan(35);
        foreach (var (method, path) in operations)
        {
            var result = await Host.Scenario(s =>
            {
                var url = Concrete(path);
                switch (method)
                {
                    case "get": s.Get.Url(url); break;
                    case "put": s.Put.Json(new { }).ToUrl(url); break;
                    default: s.Post.Json(new { }).ToUrl(url); break;
                }
                switch (token)
                {
                    case Token.None: s.Anonymous(); break;
                    case Token.Expired:
                        s.WithToken(SignedInRequests.IssuerWith(TestHosts.SigningKey)
                            .Issue(TestUsers.Administrator, TimeSpan.FromMinutes(5), DateTimeOffset.UtcNow.AddHours(-2)).Token);
                        break;
                    case Token.OtherKey:
                        s.WithToken(SignedInRequests.IssuerWith(Convert.ToBase64String(new byte[48])).Issue(TestUsers.Administrator).Token);
                        break;
                    case Token.WrongAudience:
                        s.WithToken(new TokenIssuer(AuthSettings.From(Configuration(("Auth:SigningKey", TestHosts.SigningKey), ("Auth:Audience", "another-system"))),
                            SigningKey.Resolve(AuthSettings.From(Configuration(("Auth:SigningKey", TestHosts.SigningKey))))).Issue(TestUsers.Administrator).Token);
                        break;
                }
                s.IgnoreStatusCode();
            });
            var status = result.Context.Response.StatusCode;
            status.ShouldBe(401, $"{method.ToUpperInvariant()} {path}");
            var problem = await result.ReadJsonNodeAsync();
            problem.Text("title").ShouldBe("未登录或登录已失效", $"{method} {path}");
        }
    }

    [Fact]
    public async Task Health_openapi_sign_in_and_pages_need_no_token()
    {
        foreach (var url in new[] { "/health", "/openapi/v1.json", "/signin/index.html", "/dashboard/index.html", "/worklists/index.html", "/cases/view.html", "/import/index.html", "/shared/session.js" })
            await Host.Scenario(s =>
            {
                s.Get.Url(url);
                s.Anonymous();
                s.StatusCodeShouldBeOk();
            });
    }

    [Fact]
    public void Every_api_endpoint_names_the_policy_that_guards_it()
    {
        var endpoints = Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api") == true).ToList();
        endpoints.Count.ShouldBeGreaterThan(35);
        foreach (var endpoint in endpoints)
            endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Where(a => !string.IsNullOrEmpty(a.Policy))
                .ShouldNotBeEmpty($"{endpoint.RoutePattern.RawText} names no [Authorize(Policy = …)]");
    }

    private async Task<List<(string Method, string Path)>> OperationsAsync()
    {
        var document = await Host.GetJsonAsync("/openapi/v1.json");
        return document["paths"]!.AsObject()
            .Where(p => p.Key.StartsWith("/api"))
            .SelectMany(p => p.Value!.AsObject().Where(o => o.Key is "get" or "post" or "put" or "delete").Select(o => (o.Key, p.Key)))
            .ToList();
    }

    private static string Concrete(string path) => path
        .Replace("{id}", Guid.NewGuid().ToString()).Replace("{warningId}", Guid.NewGuid().ToString())
        .Replace("{countyCode}", "140429").Replace("{code}", "140429").Replace("{month}", "2025-01")
        .Replace("{name}", "reviews-due").Replace("{year}", "2026").Replace("{idNumber}", Households.ApplicantId);

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
