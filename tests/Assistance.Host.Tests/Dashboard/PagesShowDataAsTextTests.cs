using Alba;
using Assistance.Host.Access;
using Assistance.Host.Tests.Support;
using Assistance.Host.Tests.Statistics;
using Microsoft.Playwright;

namespace Assistance.Host.Tests.Dashboard;

/// <summary>A member whose name is markup is shown as those characters on the worklist and case pages, never run as markup.</summary>
public class PagesShowDataAsTextTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private const string Markup = "<img src=x onerror=alert(1)>";

    [Fact]
    public async Task Worklist_and_case_pages_render_names_as_text()
    {
        ledger.Today(2025, 1, 10);
        var id = await ledger.Host.ApplyAsync(new
        {
            countyCode = "140429", township = "丰州镇", residence = "Rural", program = "Dibao", appliedOn = "2025-01-06",
            members = new object[] { new { name = Markup, idNumber = Households.ApplicantId, relation = "Self" } },
        });
        await ledger.Host.WaitForStatisticsAsync();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "zh-CN" });
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await using var site = await LoopbackSite.StartAsync(ledger.Host.Server);
        var password = await ledger.Host.AddAccountAsync("wuxiang-worker", LedgerRoles.Caseworker, "140429");

        await page.SignInAsync(site.Address, "/worklists/index.html?countyCode=140429&list=pending-applications", "wuxiang-worker", password);
        await page.WaitForSelectorAsync("#rows tr td");
        (await page.TextContentAsync("#rows")).ShouldContain(Markup);
        (await page.QuerySelectorAllAsync("#rows img")).Count.ShouldBe(0);

        await page.GotoAsync($"{site.Address}/cases/view.html?id={id}");
        await page.WaitForSelectorAsync("#members tr td");
        (await page.TextContentAsync("#members tr td")).ShouldBe(Markup);
        (await page.QuerySelectorAllAsync("#members img")).Count.ShouldBe(0);
        (await page.TextContentAsync("#members")).ShouldContain("140429********");
        dialogs.ShouldBe(0);
    }
}
