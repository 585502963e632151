using System.Diagnostics;

namespace Assistance.Host.Tests.CaseFile;

/// <summary>Debian's fonts-wqy-microhei, installed with apt-get when missing (CI starts on a clean machine), for the PDF case file.</summary>
public static class CjkFonts
{
    public const string Path = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
    private static readonly SemaphoreSlim Installing = new(1, 1);

    public static async Task EnsureInstalledAsync()
    {
        if (File.Exists(Path)) return;
        await Installing.WaitAsync();
        try
        {
            if (File.Exists(Path)) return;
            await RunAsync("apt-get", "update");
            await RunAsync("apt-get", "install -y fonts-wqy-microhei");
        }
        finally { Installing.Release(); }
    }

    private static async Task RunAsync(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {arguments} failed: {error}");
    }
}
