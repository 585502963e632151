using System.Diagnostics;
using Microsoft.Playwright;

namespace Assistance.Host.Tests.Dashboard;

/// <summary>
/// The machine's Chromium (Debian package), installed with apt-get when missing, since CI starts on a clean machine;
/// Playwright only drives it (no browser download of its own).
/// </summary>
public static class Chromium
{
    public const string Path = "/usr/bin/chromium";
    private static readonly SemaphoreSlim Installing = new(1, 1);

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        await EnsureInstalledAsync();
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Path,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    private const string ChineseFont = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    private static async Task EnsureInstalledAsync()
    {
        if (File.Exists(Path) && File.Exists(ChineseFont)) return;
        await Installing.WaitAsync();
        try
        {
            if (File.Exists(Path) && File.Exists(ChineseFont)) return;
            await RunAsync("apt-get", "update");
            // A CJK font, so that the screenshot shows the page's Chinese rather than empty boxes.
            await RunAsync("apt-get", "install -y chromium fonts-wqy-microhei");
            if (!File.Exists(Path)) throw new InvalidOperationException($"apt-get installed chromium but {Path} is missing");
        }
        finally
        {
            Installing.Release();
        }
    }

    private static async Task RunAsync(string file, string arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}): {await errors}{await output}");
    }
}
