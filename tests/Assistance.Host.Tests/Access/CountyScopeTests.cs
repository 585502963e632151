using System.Text.Json.Nodes;
using Alba;
using Assistance.Host.Access;
using Assistance.Host.Tests.Statistics;
using Assistance.Host.Tests.Support;
using Marten;

namespace Assistance.Host.Tests.Access;

/// <summary>A user sees only the cases, lists and figures of the counties (and township) in the token.</summary>
public class CountyScopeTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private IAlbaHost Host => ledger.Host;
    private static readonly Support.TestUserSet Wuxiang = new("140429");

    [Fact]
    public async Task Another_countys_case_is_404_and_its_rows_are_nowhere()
    {
        ledger.Today(2025, 3, 10);
        var own = await Host.EnrolAsync("140429", "Rural", "2025-02", 2);
        var other = await Host.EnrolAsync("140403", "Urban", "2025-02", 3);
        var waiting = await Host.ApplyAsync(Households.Application(county: "140403"));
        await Host.WaitForStatisticsAsync();

        foreach (var url in new[] { $"/api/households/{other}", $"/api/households/{other}/history", $"/api/households/{other}?asOf=2025-03-01" })
            await Host.Scenario(s => { s.Get.Url(url); s.As(Wuxiang.Caseworker); s.StatusCodeShouldBe(404); });
        await Host.Scenario(s => { s.Get.Url($"/api/households/{other}/audit"); s.As(Wuxiang.Auditor); s.StatusCodeShouldBe(404); });
        await Host.Scenario(s =>
        {
            s.Post.Json(Households.Commitment("2025-03-01")).ToUrl($"/api/households/{waiting}/commitments");
            s.As(Wuxiang.Caseworker);
            s.StatusCodeShouldBe(404);
        });
        await Host.Scenario(s =>
        {
            s.Post.Json(new { reason = "MovedAway", effectiveMonth = "2025-04" }).ToUrl($"/api/households/{other}/exits");
            s.As(Wuxiang.Approver);
            s.StatusCodeShouldBe(404);
        });
        (await Host.GetCaseAsync(other)).Text("status").ShouldBe("Enrolled"); // the refused exit changed nothing

        var monthly = await Read($"/api/statistics/monthly?month=2025-02", Wuxiang.Caseworker);
        monthly.AsArray().Select(r => r!.Text("countyCode")).ShouldBe(["140429"]);
        var growth = await Read("/api/statistics/growth?baseline=2025-01&month=2025-02", Wuxiang.Auditor);
        growth["counties"]!.AsArray().Select(r => r!.Text("countyCode")).ShouldBe(["140429"]);
        growth["total"]!.Value<int>("persons").ShouldBe(2);
        (await Read("/api/counties", Wuxiang.Caseworker)).AsArray().Select(c => c!.Text("countyCode")).ShouldBe(["140429"]);

        var pending = await Read("/api/worklists/pending-applications", Wuxiang.Caseworker);
        pending["rows"]!.AsArray().ShouldAllBe(r => r!.Text("countyCode") == "140429");
        pending.Value<int>("total").ShouldBe(0);
        (await Read("/api/worklists/pending-applications")).Value<int>("total").ShouldBe(1); // the city-wide caseworker sees it

        foreach (var url in new[] { "/api/statistics/monthly?month=2025-02&countyCode=140403", "/api/worklists/reviews-due?countyCode=140403",
                     "/api/payment-rolls/140403/2025-03", "/api/counties/140403/policy", "/api/counties/140403/policy/history" })
            await Host.Scenario(s => { s.Get.Url(url); s.As(Wuxiang.Caseworker); s.StatusCodeShouldBe(403); });
        await Host.Scenario(s => { s.Get.Url("/api/worklists/open-appeals?countyCode=140403"); s.As(Wuxiang.Caseworker); s.StatusCodeShouldBe(403); });
        foreach (var url in new[] { "/api/audit/recoveries?countyCode=140403&from=2025-01&to=2025-12", "/api/audit/id-views?countyCode=140403" })
            await Host.Scenario(s => { s.Get.Url(url); s.As(Wuxiang.Auditor); s.StatusCodeShouldBe(403); });
        await Host.Scenario(s => { s.Get.Url("/api/payment-rolls/140403/2025-03.csv"); s.As(Wuxiang.Approver); s.StatusCodeShouldBe(403); });
        (await Read("/api/counties/140429/policy/history", Wuxiang.Caseworker)).AsArray().ShouldNotBeEmpty();
        await Host.Scenario(s => { s.Get.Url("/api/counties/999999/policy/history"); s.As(Wuxiang.Caseworker); s.StatusCodeShouldBe(404); });

        var csv = await Text("/api/statistics/monthly.csv?month=2025-02", Wuxiang.Auditor);
        csv.ShouldContain("武乡县");
        csv.ShouldNotContain("潞州区");
        (await Read($"/api/households/{own}", Wuxiang.Caseworker)).Text("countyCode").ShouldBe("140429");
    }

    [Fact]
    public async Task A_township_caseworker_sees_only_its_town()
    {
        ledger.Today(2025, 1, 10);
        var here = await Host.ApplyAsync(Households.Application(county: "140429"));
        var elsewhere = await Host.ApplyAsync(new
        {
            countyCode = "140429", township = "故城镇", residence = "Rural", program = "Dibao", appliedOn = "2025-01-06",
            members = new object[] { new { name = "郭二", idNumber = Households.Id("140429", "19600101", "551"), relation = "Self" } },
        });
        await Host.WaitForStatisticsAsync();
        var town = Support.TestUsers.CaseworkerOf("140429", "丰州镇");

        (await Read($"/api/households/{here}", town)).Text("township").ShouldBe("丰州镇");
        await Host.Scenario(s => { s.Get.Url($"/api/households/{elsewhere}"); s.As(town); s.StatusCodeShouldBe(404); });
        var pending = await Read("/api/worklists/pending-applications?countyCode=140429&pageSize=200", town);
        pending["rows"]!.AsArray().Select(r => r!.Value<Guid>("caseId")).ShouldContain(here);
        pending["rows"]!.AsArray().ShouldAllBe(r => r!.Text("township") == "丰州镇");
        pending.Value<int>("total").ShouldBe(pending["rows"]!.AsArray().Count);
        var counts = (await Read("/api/worklists?countyCode=140429", town))["lists"]!.AsArray();
        counts.Single(l => l!.Text("name") == "pending-applications")!.Value<int>("total").ShouldBe(pending.Value<int>("total"));
        var countyWide = (await Read("/api/worklists?countyCode=140429", Wuxiang.Caseworker))["lists"]!.AsArray();
        countyWide.Single(l => l!.Text("name") == "pending-applications")!.Value<int>("total").ShouldBeGreaterThan(pending.Value<int>("total"));
        // A roll covers the whole county, so the town's caseworker may not read it although the county is theirs.
        (await Read("/api/payment-rolls/140429/2025-01")).Text("countyCode").ShouldBe("140429");
        var roll = await Host.Scenario(s => { s.Get.Url("/api/payment-rolls/140429/2025-01"); s.As(town); s.StatusCodeShouldBe(403); });
        (await roll.ReadJsonNodeAsync()).Text("detail").ShouldContain("丰州镇");
        await Host.Scenario(s =>
        {
            s.Post.Json(new
            {
                countyCode = "140429", township = "故城镇", residence = "Rural", program = "Dibao", appliedOn = "2025-01-07",
                members = new object[] { new { name = "郭三", idNumber = Households.Id("140429", "19610101", "552"), relation = "Self" } },
            }).ToUrl("/api/households");
            s.As(town);
            s.StatusCodeShouldBe(403);
        });
    }

    /// <summary>
    /// Every operation of the OpenAPI document that takes a county by code (a <c>countyCode</c> in query or route, or the
    /// <c>{code}</c> of <c>/api/counties/{code}</c>), called for another county by a user holding every role of their own:
    /// each answers 403 and leaves the store as it was. A new endpoint that reads a county and forgets the scope fails here.
    /// </summary>
    [Fact]
    public async Task Every_operation_taking_a_county_refuses_another_countys_user_and_changes_nothing()
    {
        ledger.Today(2025, 3, 10);
        await Host.EnrolAsync("140403", "Urban", "2025-02", 2);
        await Host.WaitForStatisticsAsync();
        var wuxiang = new LedgerUser("every-role-140429", "武乡县全职人员", LedgerRoles.All.ToHashSet(), new HashSet<string> { "140429" }, null);
        var operations = await CountyOperationsAsync();
        operations.Select(o => o.Path).ShouldContain("/api/audit/recoveries");
        operations.Count.ShouldBeGreaterThan(15);
        var before = await StoreFingerprintAsync();

        foreach (var (method, path, query) in operations)
        {
            var url = path.Replace("{countyCode}", "140403").Replace("{code}", "140403").Replace("{month}", "2025-03").Replace("{name}", "reviews-due")
                + (query.Count == 0 ? "" : "?" + string.Join("&", query.Select(p => $"{p}={ValidValueOf(p)}")));
            var result = await Host.Scenario(s =>
            {
                switch (method)
                {
                    case "get": s.Get.Url(url); break;
                    case "put": s.Put.Json(new { effectiveFrom = "2025-04", dibaoStandardRural = 900 }).ToUrl(url); break;
                    default: s.Post.Json(new { effectiveFrom = "2025-04", dibaoStandardRural = 900 }).ToUrl(url); break;
                }
                s.As(wuxiang);
                s.IgnoreStatusCode();
            });
            result.Context.Response.StatusCode.ShouldBe(403, $"{method.ToUpperInvariant()} {url}: {await result.ReadAsTextAsync()}");
            (await result.ReadJsonNodeAsync()).Text("title").ShouldBe("无权查看或办理该县（市、区）的事项", $"{method} {url}");
        }
        (await StoreFingerprintAsync()).ShouldBe(before);
    }

    /// <summary>
    /// Every read of the OpenAPI document under <c>/api/households/{id}</c> (the case, its history, audit trail, chain, payments,
    /// case file …), for a case of another county, by a user holding every role of their own: each answers 404, as the case itself
    /// does, and none does for a user of the case's county. A new read of one case that forgets the scope fails here.
    /// </summary>
    [Fact]
    public async Task Every_read_of_one_case_answers_another_countys_user_as_if_it_did_not_exist()
    {
        ledger.Today(2025, 3, 10);
        var other = await Host.EnrolAsync("140403", "Urban", "2025-02", 2);
        var wuxiang = new LedgerUser("every-role-140429", "武乡县全职人员", LedgerRoles.All.ToHashSet(), new HashSet<string> { "140429" }, null);
        var luzhou = new LedgerUser("every-role-140403", "潞州区全职人员", LedgerRoles.All.ToHashSet(), new HashSet<string> { "140403" }, null);
        var reads = (await Host.GetJsonAsync("/openapi/v1.json"))["paths"]!.AsObject()
            .Where(p => p.Key.StartsWith("/api/households/{id}") && p.Value!["get"] is not null).Select(p => p.Key).ToList();
        reads.ShouldContain("/api/households/{id}/case-file");
        reads.ShouldContain("/api/households/{id}/payments");
        reads.ShouldContain("/api/households/{id}/verify");

        foreach (var url in reads.Select(path => path.Replace("{id}", other.ToString())))
        {
            var refused = await Host.Scenario(s => { s.Get.Url(url); s.As(wuxiang); s.IgnoreStatusCode(); });
            refused.Context.Response.StatusCode.ShouldBe(404, $"GET {url}: {await refused.ReadAsTextAsync()}");
            var served = await Host.Scenario(s => { s.Get.Url(url); s.As(luzhou); s.IgnoreStatusCode(); });
            served.Context.Response.StatusCode.ShouldNotBe(404, $"GET {url}");
        }
    }

    /// <summary>Values that pass each endpoint's own field checks, so that only the scope check stands between the request and an answer.</summary>
    private static string ValidValueOf(string parameter) => parameter switch
    {
        "countyCode" => "140403",
        "month" => "2025-03",
        "baseline" => "2025-01",
        "from" => "2025-01",
        "to" => "2025-03",
        "percent" => "10",
        _ => "",
    };

    private async Task<List<(string Method, string Path, List<string> Query)>> CountyOperationsAsync()
    {
        var document = await Host.GetJsonAsync("/openapi/v1.json");
        return document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Where(o => o.Key is "get" or "post" or "put" or "delete").Select(o =>
            {
                var parameters = (o.Value!["parameters"] as JsonArray ?? []).Select(x => (Name: x!.Text("name"), In: x!.Text("in"))).ToList();
                return (Method: o.Key, Path: p.Key, Query: parameters.Where(x => x.In == "query").Select(x => x.Name).ToList(),
                    TakesCounty: parameters.Any(x => x.Name == "countyCode") || p.Key.StartsWith("/api/counties/{code}"));
            }))
            .Where(o => o.TakesCounty)
            .Select(o => (o.Method, o.Path, o.Query))
            .ToList();
    }

    /// <summary>The stored events and every document table, each as a row count and a hash of its rows.</summary>
    private async Task<string> StoreFingerprintAsync()
    {
        await using var session = ledger.Store.QuerySession();
        var schema = ledger.Store.Options.DatabaseSchemaName;
        var tables = await session.QueryAsync<string>(
            "select table_name from information_schema.tables where table_schema = ? and table_name like 'mt_doc_%' order by table_name", schema);
        var parts = new List<string> { string.Join(",", await session.QueryAsync<long>($"select count(*) from {schema}.mt_events")) };
        foreach (var table in tables)
            parts.Add(table + ":" + string.Join("", await session.QueryAsync<string>(
                $"select count(*)::text || '/' || coalesce(md5(string_agg(data::text, '' order by id::text)), '') from {schema}.{table}")));
        return string.Join("\n", parts);
    }

    private async Task<System.Text.Json.Nodes.JsonNode> Read(string url, Assistance.Host.Access.LedgerUser? user = null)
    {
        var result = await Host.Scenario(s => { s.Get.Url(url); if (user is not null) s.As(user); s.StatusCodeShouldBeOk(); });
        return await result.ReadJsonNodeAsync();
    }

    private async Task<string> Text(string url, Assistance.Host.Access.LedgerUser user)
    {
        var result = await Host.Scenario(s => { s.Get.Url(url); s.As(user); s.StatusCodeShouldBeOk(); });
        return await result.ReadAsTextAsync();
    }
}
