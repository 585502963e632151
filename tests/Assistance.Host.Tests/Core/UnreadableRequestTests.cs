using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Alba;
using Assistance.Host.Tests.Support;
using static Assistance.Host.Tests.Support.Households;

namespace Assistance.Host.Tests.Core;

/// <summary>Bodies the endpoints cannot read as JSON: a zh-CN 400 keyed by the field at fault, and nothing recorded.</summary>
public class UnreadableRequestTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private async Task<(HttpStatusCode Status, string? ContentType, JsonNode? Body)> SendAsync(
        string method, string url, string? body, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, contentType);
        var response = await ledger.Host.Server.CreateClient().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    private async Task<long> EventCountAsync(Guid id)
    {
        await using var session = ledger.Store.QuerySession();
        return (await session.Events.FetchStreamAsync(id)).Count;
    }

    [Theory]
    [InlineData("{ not json", "body")]
    [InlineData("", "body")]
    [InlineData("[]", "body")]
    [InlineData("{\"applicantSigned\":\"yes\"}", "applicantSigned")]
    [InlineData("{\"expectedVersion\":\"x\"}", "expectedVersion")]
    public async Task A_command_body_that_is_not_the_contract_json_is_a_zh_CN_400_and_records_nothing(string body, string field)
    {
        ledger.Today(2025, 3, 3);
        var id = await ledger.Host.ApplyAsync();

        var (status, contentType, problem) = await SendAsync("POST", $"/api/households/{id}/commitments", body);

        status.ShouldBe(HttpStatusCode.BadRequest);
        contentType.ShouldBe("application/problem+json");
        problem!.Text("title").ShouldBe("请求内容无法读取");
        problem.Text("detail").ShouldNotContain("Assistance.");
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe([field]);
        (await EventCountAsync(id)).ShouldBe(1);
    }

    [Fact]
    public async Task A_nested_field_of_the_wrong_type_is_named_by_its_path()
    {
        var (status, _, problem) = await SendAsync("POST", "/api/households",
            """{"countyCode":"140429","members":[{"name":"甲","seriousIllness":"很重"}]}""");
        status.ShouldBe(HttpStatusCode.BadRequest);
        problem!["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["members[0].seriousIllness"]);
    }

    [Fact]
    public async Task An_amount_beyond_the_decimal_range_is_a_400_on_that_field()
    {
        ledger.Today(2025, 3, 3);
        var id = await ledger.Host.ApplyAsync();
        var (status, _, problem) = await SendAsync("POST", $"/api/households/{id}/temporary-assistance", """{"amount":1e30}""");
        status.ShouldBe(HttpStatusCode.BadRequest);
        problem!["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["amount"]);
        (await EventCountAsync(id)).ShouldBe(1);
    }

    [Fact]
    public async Task A_policy_body_that_is_not_an_object_is_a_400_and_sets_nothing()
    {
        var (status, _, problem) = await SendAsync("PUT", "/api/counties/140429/policy", "[1]");
        status.ShouldBe(HttpStatusCode.BadRequest);
        problem!["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["body"]);
        var history = await ledger.Host.Scenario(s => s.Get.Url("/api/counties/140429/policy/history"));
        (await history.ReadJsonNodeAsync()).AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_body_that_is_not_json_at_all_gets_a_zh_CN_415()
    {
        var (status, contentType, problem) = await SendAsync("POST", "/api/households", "countyCode=140429", "text/plain");
        status.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        contentType.ShouldBe("application/problem+json");
        problem!.Text("title").ShouldContain("JSON");
        problem.Text("title").ShouldNotBe("Unsupported Media Type");
    }

    [Fact]
    public async Task An_unknown_address_answers_a_zh_CN_404()
    {
        var (status, contentType, problem) = await SendAsync("GET", "/api/households/not-a-case-id", null);
        status.ShouldBe(HttpStatusCode.NotFound);
        contentType.ShouldBe("application/problem+json");
        problem!.Text("title").ShouldBe("请求的地址不存在");
    }
}
