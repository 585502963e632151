using System.Text.Json;
using System.Text.Json.Nodes;
using Alba;
using Assistance.Host.Tests.Statistics;
using Assistance.Host.Tests.Support;
using Microsoft.Playwright;

namespace Assistance.Host.Tests.Dashboard;

/// <summary>
/// The dashboard in a real Chromium: the page is served by the ledger under test (through a loopback listener in front of
/// the in-process host), the month is changed, and the chart's and the table's numbers are read back and compared with the API.
/// </summary>
public class DashboardBrowserTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private IAlbaHost Host => ledger.Host;

    [Fact]
    public async Task The_dashboard_shows_the_api_numbers_for_the_chosen_month()
    {
        ledger.Today(2025, 3, 10);
        await Host.EnrolAsync("140429", "Rural", "2024-12", 3);
        await Host.EnrolAsync("140429", "Urban", "2025-02", 2);
        await Host.EnrolAsync("140403", "Urban", "2025-02", 2);
        var leaving = await Host.EnrolAsync("140431", "Rural", "2024-12", 4);
        await Host.ExitAsync(leaving, "MovedAway", "2025-03");
        await Host.WaitForStatisticsAsync();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1400 }, Locale = "zh-CN" });
        await using var site = await LoopbackSite.StartAsync(Host.Server);
        var root = site.Address;
        var password = await Host.AddAccountAsync("statistician", Assistance.Host.Access.LedgerRoles.Auditor);
        await page.SignInAsync(root, "/", "statistician", password);
        page.Url.ShouldBe($"{root}/dashboard/index.html");
        (await page.TitleAsync()).ShouldBe("社会救助统计看板");

        await page.FillAsync("#baseline", "2024-12");
        await page.SelectOptionAsync("#county", "140429");
        await page.FillAsync("#month", "2025-02");
        await page.WaitForSelectorAsync("body[data-loaded='Dibao:2024-12:2025-02:140429']");
        await ShowsTheApiAsync(page, "2025-02");
        (await page.TextContentAsync("#headline")).ShouldBe("截至2025年2月，全市低保对象较2024年底净增长4人，增幅57.14%，2个县区正增长，0个县区负增长。");

        await page.FillAsync("#month", "2025-03");
        await page.WaitForSelectorAsync("body[data-loaded='Dibao:2024-12:2025-03:140429']");
        await ShowsTheApiAsync(page, "2025-03");
        (await page.TextContentAsync("#headline")).ShouldBe("截至2025年3月，全市低保对象较2024年底净增长0人，增幅0.00%，2个县区正增长，1个县区负增长。");
        (await page.GetAttributeAsync("tr[data-county='140431'] td[data-field='netGrowth']", "class")).ShouldBe("down");
        (await page.GetAttributeAsync("tr[data-county='140429'] td[data-field='netGrowth']", "class")).ShouldBe("up");
        (await page.TextContentAsync("tr[data-county='140431'] td[data-field='growthRate']")).ShouldBe("-100.00%");

        var screenshots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots"));
        var file = Path.Combine(screenshots.FullName, "dashboard-2025-03.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        new FileInfo(file).Length.ShouldBeGreaterThan(10_000);

        await page.ClickAsync("#sign-out");
        await page.WaitForURLAsync(url => url.Contains("/signin/index.html"));
        await page.GotoAsync($"{root}/dashboard/index.html");
        await page.WaitForURLAsync(url => url.Contains("/signin/index.html"));
    }

    private async Task ShowsTheApiAsync(IPage page, string month)
    {
        var growth = await Host.GetJsonAsync($"/api/statistics/growth?baseline=2024-12&month={month}");
        var monthly = (await Host.GetJsonAsync($"/api/statistics/monthly?month={month}")).AsArray();
        var trend = await Host.GetJsonAsync($"/api/statistics/trend?month={month}&months=12&countyCode=140429");

        var bars = await ReadAsync(page, """
            () => { const o = echarts.getInstanceByDom(document.getElementById('growth-chart')).getOption();
                    return { names: o.xAxis[0].data, values: o.series[0].data.map(d => d.value), colors: o.series[0].data.map(d => d.itemStyle.color) }; }
            """);
        var counties = growth["counties"]!.AsArray();
        bars["names"]!.AsArray().Select(n => n!.GetValue<string>()).ShouldBe(counties.Select(c => c!.Text("countyName")));
        bars["values"]!.AsArray().Select(v => v!.GetValue<int>()).ShouldBe(counties.Select(c => c!.Value<int>("netGrowth")));
        bars["colors"]!.AsArray().Select(v => v!.GetValue<string>()).ShouldBe(counties.Select(c => c!.Value<int>("netGrowth") switch
        {
            > 0 => "#c62828",
            < 0 => "#2e7d32",
            _ => "#98a2b3",
        }));

        var lines = await ReadAsync(page, """
            () => { const o = echarts.getInstanceByDom(document.getElementById('trend-chart')).getOption();
                    return { months: o.xAxis[0].data, city: o.series[0].data, county: o.series[1].data }; }
            """);
        var points = trend["points"]!.AsArray();
        lines["months"]!.AsArray().Select(m => m!.GetValue<string>()).ShouldBe(points.Select(p => p!.Text("month")));
        lines["city"]!.AsArray().Select(v => v!.GetValue<int>()).ShouldBe(points.Select(p => p!.Value<int>("cityPersons")));
        lines["county"]!.AsArray().Select(v => v!.GetValue<int>()).ShouldBe(points.Select(p => p!.Value<int>("countyPersons")));

        foreach (var row in monthly)
        {
            var code = row!.Text("countyCode");
            foreach (var field in new[] { "openingPersons", "newPersons", "exitedPersons", "closingPersons", "closingHouseholds", "netGrowthPersons" })
                (await page.GetAttributeAsync($"tr[data-county='{code}'] td[data-field='{field}']", "data-value")).ShouldBe(row.Value<int>(field).ToString(), $"{code} {field}");
            var county = counties.Single(c => c!.Text("countyCode") == code)!;
            (await page.GetAttributeAsync($"tr[data-county='{code}'] td[data-field='netGrowth']", "data-value")).ShouldBe(county.Value<int>("netGrowth").ToString());
        }
        (await page.GetAttributeAsync("tr[data-county='total'] td[data-field='closingPersons']", "data-value"))
            .ShouldBe(growth.Value<int>("total.persons").ToString());
        (await page.TextContentAsync("tr[data-county='total'] td[data-field='closingPersons']")).ShouldBe(growth.Value<int>("total.persons").ToString("N0"));
    }

    private static async Task<JsonNode> ReadAsync(IPage page, string script) =>
        JsonNode.Parse(JsonSerializer.Serialize(await page.EvaluateAsync<JsonElement>(script)))!;
}
