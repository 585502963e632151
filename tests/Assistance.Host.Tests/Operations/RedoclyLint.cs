using System.Diagnostics;

namespace Assistance.Host.Tests.Operations;

/// <summary>
/// Redocly CLI from npm, pinned in <c>tools/openapi-lint</c> (installed there with <c>npm ci</c> on first use, like the
/// dashboard's scripts): <c>redocly lint</c> with its recommended rules, answering its JSON report.
/// </summary>
public static class RedoclyLint
{
    private static readonly SemaphoreSlim Install = new(1, 1);

    public static async Task<string> RunAsync(string documentFile)
    {
        var tool = ToolDirectory();
        await Install.WaitAsync();
        try
        {
            if (!File.Exists(Path.Combine(tool, "node_modules", ".bin", "redocly")))
                await RunAsync(tool, "npm", "ci", "--no-audit", "--no-fund");
        }
        finally
        {
            Install.Release();
        }
        return await RunAsync(tool, Path.Combine(tool, "node_modules", ".bin", "redocly"), "lint", documentFile, "--format=json");
    }

    private static string ToolDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Assistance.sln"))) return Path.Combine(dir.FullName, "tools", "openapi-lint");
        throw new InvalidOperationException("The repository root (Assistance.sln) is not above the test's directory");
    }

    /// <summary>Runs a program and answers its standard output (lint exits non-zero when it finds errors, which the caller reads from the report).</summary>
    private static async Task<string> RunAsync(string directory, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        if (program == "npm")
            return process.ExitCode == 0 ? "" : throw new InvalidOperationException($"npm ci failed in {directory}: {await stderr}");
        var output = await stdout;
        if (output.Length == 0) throw new InvalidOperationException($"{Path.GetFileName(program)} wrote nothing: {await stderr}");
        return output;
    }
}
