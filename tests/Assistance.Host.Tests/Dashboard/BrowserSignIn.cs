using Alba;
using Assistance.Host.Access;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Assistance.Host.Tests.Dashboard;

/// <summary>Signs a real browser in through the sign-in page, with a local account made for the test.</summary>
public static class BrowserSignIn
{
    public static async Task<string> AddAccountAsync(this IAlbaHost host, string name, string role, string county = "*", string? township = null)
    {
        const string password = "Test-Password-2026";
        var accounts = host.Services.GetRequiredService<LocalAccounts>();
        if (await accounts.FindAsync(name, CancellationToken.None) is null)
            await accounts.AddAsync(name, $"测试{LedgerRoles.ZhName(role)}", password, [role], [county], township, CancellationToken.None);
        return password;
    }

    /// <summary>Opens <paramref name="path"/>, is sent to the sign-in page, signs in, and lands back on the page.</summary>
    public static async Task SignInAsync(this IPage page, string root, string path, string name, string password)
    {
        await page.GotoAsync($"{root}{path}");
        await page.WaitForURLAsync(url => url.Contains("/signin/index.html"));
        await page.FillAsync("#userName", name);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#submit");
        await page.WaitForURLAsync(url => !url.Contains("/signin/"));
        await page.WaitForSelectorAsync("#user-bar");
    }
}
