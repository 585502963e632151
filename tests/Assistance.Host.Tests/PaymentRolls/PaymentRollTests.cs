using System.Text.Json.Nodes;
using Alba;
using Assistance.Host.Tests.Statistics;
using Assistance.Host.Tests.Support;
using static Assistance.Host.Tests.Support.Households;

namespace Assistance.Host.Tests.PaymentRolls;

public class PaymentRollTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private IAlbaHost Host => ledger.Host;

    private async Task<Guid> EnrolAsync(string county, decimal amount, string effectiveMonth = "2025-02")
    {
        var id = await Host.ApplyAsync(Application(county: county));
        await Host.PostAsync(id, "commitments", Commitment());
        await Host.PostAsync(id, "assessments", Assessment());
        await Host.PostAsync(id, "decisions", new { decision = "Approve", decidedOn = Caseload.DecidedBefore(effectiveMonth), effectiveMonth, monthlyAmount = amount, reason = "县级集体研究确定金额", decidedBy = "科长赵" });
        return id;
    }

    private async Task<JsonNode> RollAsync(string county, string month, bool issue = false)
    {
        var result = await Host.Scenario(s =>
        {
            if (issue) s.Post.Json(new { issuedBy = "财务钱" }).ToUrl($"/api/payment-rolls/{county}/{month}");
            else s.Get.Url($"/api/payment-rolls/{county}/{month}");
            s.StatusCodeShouldBeOk();
        });
        return await result.ReadJsonNodeAsync();
    }

    [Fact]
    public async Task A_backdated_exit_after_issue_leaves_the_issued_roll_and_recovers_in_the_next()
    {
        ledger.Today(2025, 3, 25);
        var leaving = await EnrolAsync("140425", 900m);
        var staying = await EnrolAsync("140425", 500m);

        var march = await RollAsync("140425", "2025-03", issue: true);
        march.Value<bool>("issued").ShouldBeTrue();
        march.Value<decimal>("totalAmount").ShouldBe(1400m);
        march.Value<int>("households").ShouldBe(2);
        march.Value<int>("persons").ShouldBe(6);
        var hash = march.Text("linesHash");

        // Recorded in April: the first household left from March on, so March's 900 was paid in error.
        ledger.Today(2025, 4, 10);
        await Host.PostAsync(leaving, "exits", new { reason = "Death", effectiveMonth = "2025-03", decidedBy = "科长赵" });

        var marchAgain = await RollAsync("140425", "2025-03");
        marchAgain.Value<decimal>("totalAmount").ShouldBe(1400m);
        marchAgain.Text("linesHash").ShouldBe(hash);

        var april = await RollAsync("140425", "2025-04");
        april.Value<bool>("issued").ShouldBeFalse();
        var lines = april["lines"]!.AsArray();
        lines.Select(l => (l!.Value<Guid>("caseId"), l.Text("kind"), l.Value<decimal>("amount"), l.Text("forMonth"))).ShouldBe(
            [(leaving, "Recovery", -900m, "2025-03"), (staying, "Regular", 500m, "2025-04")], ignoreOrder: true);
        april.Value<decimal>("totalAmount").ShouldBe(-400m);

        await RollAsync("140425", "2025-04", issue: true);
        var may = await RollAsync("140425", "2025-05");
        may["lines"]!.AsArray().Select(l => l!.Text("kind")).ShouldBe(["Regular"]);
    }

    [Fact]
    public async Task A_backdated_enrolment_is_paid_back_in_the_next_roll()
    {
        ledger.Today(2025, 3, 25);
        await RollAsync("140426", "2025-02", issue: true);
        var late = await EnrolAsync("140426", 700m, effectiveMonth: "2025-02");

        var march = await RollAsync("140426", "2025-03");
        march["lines"]!.AsArray().Select(l => (l!.Value<Guid>("caseId"), l.Text("kind"), l.Value<decimal>("amount"), l.Text("forMonth"))).ShouldBe(
            [(late, "Regular", 700m, "2025-03"), (late, "BackPay", 700m, "2025-02")], ignoreOrder: true);
    }

    [Fact]
    public async Task The_bank_file_lists_each_payee_with_the_id_the_bank_matches_and_the_total()
    {
        ledger.Today(2025, 3, 25);
        await EnrolAsync("140428", 655.5m);
        var response = await Host.Server.CreateClient().GetAsync("/api/payment-rolls/140428/2025-03.csv");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var rows = System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        rows[0].ShouldStartWith("序号,姓名,身份证号,银行账号,金额（元）");
        // The bank matches accounts by the full number; only approvers get this file, and each download is logged.
        rows[1].ShouldContain($"王大山,{ApplicantId}");
        rows[1].ShouldContain(",655.50,正常发放,2025-03,");
        rows[^1].ShouldContain("合计,,,655.50,草稿");

        var xlsx = await Host.Server.CreateClient().GetAsync("/api/payment-rolls/140428/2025-03.xlsx");
        var sheet = MiniExcelLibs.MiniExcel.Query(await xlsx.Content.ReadAsStreamAsync(), useHeaderRow: true)
            .Cast<IDictionary<string, object>>().ToList();
        sheet[0]["姓名"].ShouldBe("王大山");
        Convert.ToDecimal(sheet[0]["金额（元）"]).ShouldBe(655.5m);
        Convert.ToDecimal(sheet[^1]["金额（元）"]).ShouldBe(655.5m);
    }

    [Fact]
    public async Task A_roll_read_page_by_page_is_the_whole_roll_with_its_totals_on_every_page()
    {
        ledger.Today(2025, 3, 25);
        var cases = new List<Guid>();
        for (var i = 0; i < 5; i++) cases.Add(await EnrolAsync("140423", 400m + 10 * i));
        await RollAsync("140423", "2025-03", issue: true);
        ledger.Today(2025, 4, 10);
        await Host.PostAsync(cases[2], "exits", new { reason = "Death", effectiveMonth = "2025-03", decidedBy = "科长赵" });
        var late = await EnrolAsync("140423", 700m, effectiveMonth: "2025-03");

        foreach (var (month, kinds) in new[] { ("2025-03", new[] { "Regular" }), ("2025-04", new[] { "Regular", "BackPay", "Recovery" }) })
        {
            var whole = await RollAsync("140423", month);
            whole["next"].ShouldBeNull();
            var paged = new List<JsonNode>();
            string? after = null;
            do
            {
                var page = await RollAsync("140423", $"{month}?limit=2{(after is null ? "" : $"&after={after}")}");
                foreach (var total in new[] { "totalAmount", "households", "persons", "issued" })
                    page[total]!.ToJsonString().ShouldBe(whole[total]!.ToJsonString(), $"{month} {total} on every page");
                paged.AddRange(page["lines"]!.AsArray().Select(l => l!));
                after = page["next"]?.GetValue<string>();
            } while (after is not null);
            paged.Select(l => l.ToJsonString()).ShouldBe(whole["lines"]!.AsArray().Select(l => l!.ToJsonString()), month);
            paged.Select(l => l.Text("kind")).Distinct().ShouldBe(kinds, ignoreOrder: true);
        }
        (await RollAsync("140423", "2025-04"))["lines"]!.AsArray().Count(l => l!.Value<Guid>("caseId") == late).ShouldBe(2, "paid back and paid");
        (await RollAsync("140423", "2025-04?limit=&after="))["lines"]!.AsArray().Count.ShouldBe(7, "parameters left empty are left out: the whole roll");

        foreach (var (query, field) in new[] { ("limit=0", "limit"), ("limit=1001", "limit"), ("after=x", "after"), ($"after={Guid.NewGuid()}", "after"),
                     ($"limit=2&after={Guid.NewGuid()}", "after") })
            foreach (var month in new[] { "2025-03", "2025-04" })
            {
                var problem = await Host.Scenario(s =>
                {
                    s.Get.Url($"/api/payment-rolls/140423/{month}?{query}");
                    s.StatusCodeShouldBe(400);
                });
                (await problem.ReadJsonNodeAsync())["errors"]![field].ShouldNotBeNull($"{month}?{query}");
            }
    }

    [Fact]
    public async Task Issuing_twice_is_409()
    {
        ledger.Today(2025, 3, 25);
        await RollAsync("140427", "2025-03", issue: true);
        await Host.Scenario(s =>
        {
            s.Post.Json(new { issuedBy = "财务钱" }).ToUrl("/api/payment-rolls/140427/2025-03");
            s.StatusCodeShouldBe(409);
        });
    }

    [Theory]
    [InlineData("999999", "2025-03")]
    [InlineData("140427", "2025-13")]
    public async Task A_bad_county_or_month_is_400(string county, string month) =>
        await Host.Scenario(s =>
        {
            s.Get.Url($"/api/payment-rolls/{county}/{month}");
            s.StatusCodeShouldBe(400);
        });

    [Fact]
    public async Task A_roll_months_ahead_cannot_be_issued_and_stays_a_draft()
    {
        ledger.Today(2025, 3, 25);
        var result = await Host.Scenario(s =>
        {
            s.Post.Json(new { issuedBy = "财务钱" }).ToUrl("/api/payment-rolls/140431/2025-05");
            s.StatusCodeShouldBe(409);
            s.ContentTypeShouldBe("application/problem+json");
        });
        (await result.ReadJsonNodeAsync()).Text("detail").ShouldContain("2025-04");
        (await RollAsync("140431", "2025-05")).Value<bool>("issued").ShouldBeFalse();
        (await RollAsync("140431", "2025-04", issue: true)).Value<bool>("issued").ShouldBeTrue();
    }

    [Fact]
    public async Task Racing_issues_freeze_each_roll_once_and_refuse_in_roll_terms()
    {
        ledger.Today(2025, 3, 25);
        var months = new[] { "2025-01", "2025-02", "2025-03", "2025-03", "2025-03", "2025-02" };
        var answers = await Task.WhenAll(months.Select(m => Host.Server.CreateClient().PostAsync($"/api/payment-rolls/140430/{m}",
            new StringContent("""{"issuedBy":"财务钱"}""", System.Text.Encoding.UTF8, "application/json"))));
        var statuses = answers.Select(r => (int)r.StatusCode).ToList();
        statuses.ShouldAllBe(s => s == 200 || s == 409, string.Join(",", statuses));
        foreach (var refused in answers.Where(r => (int)r.StatusCode == 409))
            JsonNode.Parse(await refused.Content.ReadAsStringAsync())!.Text("title").ShouldBe("发放名册已发放");
        foreach (var month in months.Distinct())
            (await RollAsync("140430", month)).Value<bool>("issued").ShouldBeTrue();
    }
}
