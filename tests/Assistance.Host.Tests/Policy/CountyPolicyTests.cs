using System.Text.Json.Nodes;
using System.Net;
using Alba;
using Assistance.Host.Policy;
using Assistance.Host.Tests.Support;
using Wolverine;
using Wolverine.Tracking;

namespace Assistance.Host.Tests.Policy;

public class CountyPolicyTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private IAlbaHost Host => ledger.Host;

    private async Task<JsonNode> GetAsync(string url)
    {
        var result = await Host.Scenario(s => { s.Get.Url(url); s.StatusCodeShouldBeOk(); });
        return await result.ReadJsonNodeAsync();
    }

    private async Task<JsonNode> PutAsync(string county, object body, int status = 200)
    {
        var result = await Host.Scenario(s => { s.Put.Json(body).ToUrl($"/api/counties/{county}/policy"); s.StatusCodeShouldBe(status); });
        return await result.ReadJsonNodeAsync();
    }

    [Fact]
    public async Task Counties_start_with_the_shipped_defaults()
    {
        var policy = await GetAsync("/api/counties/140430/policy?month=2025-03");
        policy.Value<decimal>("dibaoStandardUrban").ShouldBe(780m);
        policy.Value<decimal>("dibaoStandardRural").ShouldBe(585m);
        policy.Value<decimal>("marginalMultiple").ShouldBe(1.5m);
        policy.Value<int>("version").ShouldBe(0);
        policy.Value<bool>("isDefault").ShouldBeTrue();
    }

    [Fact]
    public async Task A_new_version_applies_from_its_effective_month_and_keeps_what_it_does_not_name()
    {
        var put = await PutAsync("140431", new { effectiveFrom = "2025-07", dibaoStandardRural = 632m, setBy = "县民政局", reason = "市政府提标" });
        put.Value<int>("version").ShouldBe(1);

        (await GetAsync("/api/counties/140431/policy?month=2025-06")).Value<decimal>("dibaoStandardRural").ShouldBe(585m);
        var july = await GetAsync("/api/counties/140431/policy?month=2025-07");
        july.Value<decimal>("dibaoStandardRural").ShouldBe(632m);
        july.Value<decimal>("dibaoStandardUrban").ShouldBe(780m);
        july.Text("effectiveFrom").ShouldBe("2025-07");
        july.Text("setBy").ShouldBe("管理员周（admin）"); // the signed-in administrator, not the body's setBy

        var history = (await GetAsync("/api/counties/140431/policy/history")).AsArray();
        history.Select(v => v!.Value<int>("version")).ShouldBe([0, 1]);
    }

    [Fact]
    public async Task Bad_parameters_are_400_keyed_by_field_and_change_nothing()
    {
        var problem = await PutAsync("140403", new { effectiveFrom = "2025-07", dibaoStandardUrban = -1m, noSuchThing = 3 }, 400);
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["noSuchThing"]);
        problem = await PutAsync("140403", new { effectiveFrom = "2025-07", dibaoStandardUrban = -1m, marginalMultiple = 0.5m }, 400);
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["dibaoStandardUrban", "marginalMultiple"], ignoreOrder: true);
        problem = await PutAsync("140403", new { effectiveFrom = "July", dibaoStandardUrban = 800m }, 400);
        problem["errors"]!["effectiveFrom"].ShouldNotBeNull();
        await PutAsync("999999", new { effectiveFrom = "2025-07" }, 400);
        (await GetAsync("/api/counties/140403/policy?month=2025-08")).Value<int>("version").ShouldBe(0);
    }

    [Theory]
    [InlineData("""{"effectiveFrom":"2025-07","assetLimits":null}""", "assetLimits")]
    [InlineData("""{"effectiveFrom":"2025-07","timeLimits":null}""", "timeLimits")]
    [InlineData("""{"effectiveFrom":"2025-07","benefitTiers":[null]}""", "benefitTiers[0]")]
    [InlineData("""{"effectiveFrom":"2025-07","dibaoStandardRural":null}""", "dibaoStandardRural")]
    public async Task Null_parameters_are_400_not_stored_or_a_server_error(string body, string field)
    {
        var result = await Host.Scenario(s =>
        {
            s.Put.Text(body).ToUrl("/api/counties/140404/policy");
            s.WithRequestHeader("Content-Type", "application/json");
            s.StatusCodeShouldBe(400);
        });
        (await result.ReadJsonNodeAsync())["errors"]!.AsObject().Select(e => e.Key).ShouldBe([field]);
        (await GetAsync("/api/counties/140404/policy?month=2025-08")).Value<int>("version").ShouldBe(0);
    }

    [Fact]
    public async Task Racing_policy_changes_never_lose_one_and_refuse_in_policy_terms()
    {
        var puts = Enumerable.Range(0, 6).Select(i => Host.Server.CreateClient().PutAsync("/api/counties/140405/policy",
            new StringContent($$"""{"effectiveFrom":"2025-07","dibaoStandardUrban":{{800 + i}},"setBy":"科长{{i}}"}""",
                System.Text.Encoding.UTF8, "application/json")));
        var answers = await Task.WhenAll(puts);
        var statuses = answers.Select(r => (int)r.StatusCode).ToList();
        statuses.ShouldAllBe(s => s == 200 || s == 409);
        foreach (var refused in answers.Where(r => (int)r.StatusCode == 409))
            JsonNode.Parse(await refused.Content.ReadAsStringAsync())!.Text("title").ShouldBe("政策参数已被他人修改");
        var history = await GetAsync("/api/counties/140405/policy/history");
        history.AsArray().Count.ShouldBe(1 + statuses.Count(s => s == 200));
    }

    [Fact]
    public async Task Only_a_committed_change_is_published_to_its_subscribers()
    {
        var answers = new List<HttpResponseMessage>();
        var tracked = await Host.TrackActivity().Timeout(TimeSpan.FromMinutes(2)).ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ =>
        {
            // Rounds of racing changes until the store has refused one at commit.
            for (var round = 0; round < 5 && answers.All(a => a.StatusCode != HttpStatusCode.Conflict); round++)
                answers.AddRange(await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Host.Server.CreateClient().PutAsync("/api/counties/140406/policy",
                    new StringContent($$"""{"effectiveFrom":"2025-08","dibaoStandardRural":{{600 + 10 * round + i}},"setBy":"科长{{i}}"}""",
                        System.Text.Encoding.UTF8, "application/json")))));
        }));

        answers.ShouldContain(a => a.StatusCode == HttpStatusCode.Conflict);
        var committed = answers.Count(a => a.StatusCode == HttpStatusCode.OK);
        // Only this county's: another test's changes may still be on the durable queue when this one starts tracking.
        var published = tracked.Executed.MessagesOf<CountyPolicyChanged>().Where(m => m.CountyCode == "140406").ToList();
        published.Count.ShouldBe(committed);
        published.Select(m => m.Version).Order().ShouldBe(Enumerable.Range(1, committed));
    }
}
