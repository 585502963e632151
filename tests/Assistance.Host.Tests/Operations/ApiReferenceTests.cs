using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Alba;
using Assistance.Host.Tests.Support;
using Xunit.Abstractions;

namespace Assistance.Host.Tests.Operations;

/// <summary>The API reference as an integrator meets it: the OpenAPI document, its lint, and the page over it.</summary>
public partial class ApiReferenceTests(LedgerFixture ledger, ITestOutputHelper output) : IClassFixture<LedgerFixture>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private async Task<JsonNode> DocumentAsync() =>
        await (await ledger.Host.Scenario(s =>
        {
            s.Get.Url("/openapi/v1.json");
            s.Anonymous();
        })).ReadJsonNodeAsync();

    private static IEnumerable<(string Path, string Method, JsonNode Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject()
            .Where(m => Methods.Contains(m.Key))
            .Select(m => (p.Key, m.Key, m.Value!)));

    [GeneratedRegex("^(GET|PUT|POST|DELETE|PATCH)_")]
    private static partial Regex GeneratedName();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    [Fact]
    public async Task Every_operation_has_a_written_chinese_summary_and_description_and_a_feature_group()
    {
        var document = await DocumentAsync();
        var groups = document["tags"]!.AsArray().ToDictionary(t => t.Text("name"), t => t.Text("description"));
        var operations = Operations(document).ToList();
        operations.Count.ShouldBeGreaterThan(60);
        foreach (var (path, method, operation) in operations)
        {
            var name = $"{method.ToUpperInvariant()} {path}";
            var summary = operation["summary"]?.GetValue<string>() ?? "";
            summary.ShouldNotMatch(GeneratedName().ToString(), name);
            Chinese().IsMatch(summary).ShouldBeTrue($"{name}: summary {summary}");
            Chinese().IsMatch(operation["description"]?.GetValue<string>() ?? "").ShouldBeTrue($"{name} has no zh-CN description");
            var tags = operation["tags"]!.AsArray().Select(t => t!.GetValue<string>()).ToList();
            tags.ShouldNotBeEmpty(name);
            tags.ShouldAllBe(t => groups.ContainsKey(t), name);
        }
        groups.Values.ShouldAllBe(d => d.Length > 0);
    }

    [Fact]
    public async Task Every_api_operation_requires_the_bearer_token_and_lists_its_problem_answers()
    {
        var document = await DocumentAsync();
        var scheme = document["components"]!["securitySchemes"]!["bearer"]!;
        scheme.Text("type").ShouldBe("http");
        scheme.Text("scheme").ShouldBe("bearer");
        foreach (var (path, method, operation) in Operations(document))
        {
            var name = $"{method.ToUpperInvariant()} {path}";
            var security = operation["security"]!.AsArray();
            if (!path.StartsWith("/api/", StringComparison.Ordinal))
            {
                security.ShouldBeEmpty(name);
                continue;
            }
            security.Single()!.AsObject().Select(s => s.Key).ShouldBe(["bearer"], name);
            var responses = operation["responses"]!.AsObject();
            var expected = new List<string> { "401", "403" };
            if (method != "get") expected.AddRange(["400", "409", "422"]);
            if (path.Contains('{')) expected.Add("404");
            foreach (var status in expected)
            {
                responses.ContainsKey(status).ShouldBeTrue($"{name} does not list {status}");
                responses[status]!["content"]!.AsObject().ShouldContainKey("application/problem+json");
            }
            if (!path.Contains('{')) responses.ContainsKey("404").ShouldBeFalse($"{name} has nothing to find, yet lists 404");
        }
    }

    [Fact]
    public async Task The_server_url_has_no_trailing_slash()
    {
        var servers = (await DocumentAsync())["servers"]!.AsArray();
        servers.ShouldNotBeEmpty();
        servers.ShouldAllBe(s => !s!["url"]!.GetValue<string>().EndsWith('/'));
    }

    /// <summary>Redocly CLI's recommended rules, run the way an outside client would run them over the served document.</summary>
    [Fact]
    public async Task The_document_passes_redocly_recommended_lint_without_errors()
    {
        var file = Path.Combine(Path.GetTempPath(), $"assistance-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, (await DocumentAsync()).ToJsonString());
        try
        {
            var lint = await RedoclyLint.RunAsync(file);
            var problems = JsonNode.Parse(lint)!["problems"]!.AsArray();
            foreach (var problem in problems)
                output.WriteLine($"{problem.Text("severity")} {problem.Text("ruleId")}: {problem.Text("message")}");
            problems.Where(p => p.Text("severity") == "error").Select(p => $"{p.Text("ruleId")}: {p.Text("message")}").ShouldBeEmpty();
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task The_reference_page_is_served_and_its_one_inline_script_is_allowed_by_nonce_only()
    {
        var page = await ledger.Host.Scenario(s =>
        {
            s.Get.Url("/reference/");
            s.Anonymous();
            s.StatusCodeShouldBeOk();
        });
        var html = await page.ReadAsTextAsync();
        html.ShouldContain("社会救助案件台账 API");
        var nonce = Regex.Match(html, "nonce=\"([^\"]+)\"").Groups[1].Value;
        nonce.ShouldNotBeEmpty();
        var policy = page.Context.Response.Headers.ContentSecurityPolicy.ToString();
        policy.ShouldContain($"script-src 'self' 'nonce-{nonce}'");
        policy.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)).ShouldNotContain("unsafe-inline");
    }
}
