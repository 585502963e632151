using System.Diagnostics;
using Assistance.Host.Tests.Support;

namespace Assistance.Host.Tests.Operations;

/// <summary>The CLI verbs as an operator runs them: a separate process of the ledger, on a database of its own.</summary>
public class CommandLineTests
{
    [Fact]
    public async Task A_verb_prints_only_its_own_output()
    {
        var database = await TestDatabase.CreateAsync(nameof(CommandLineTests));
        var (exitCode, output, errors) = await RunLedgerAsync(database, "rebuild-projections");

        exitCode.ShouldBe(0, errors);
        output.ShouldNotContain("Searching");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.ShouldNotBeEmpty();
        lines.ShouldAllBe(line => line.StartsWith("重建 ") || line.StartsWith("已重建 "));
    }

    /// <summary>Runs the ledger's own build (beside this test assembly) with the arguments, against the given database.</summary>
    private static async Task<(int ExitCode, string Output, string Errors)> RunLedgerAsync(string connectionString, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
            Environment = { ["ConnectionStrings__Marten"] = connectionString },
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Assistance.Host.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }
}
