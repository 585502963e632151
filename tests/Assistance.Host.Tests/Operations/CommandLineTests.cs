using Assistance.Host.Tests.Support;

namespace Assistance.Host.Tests.Operations;

/// <summary>The CLI verbs as an operator runs them: a separate process of the ledger, on a database of its own.</summary>
public class CommandLineTests
{
    [Fact]
    public async Task A_verb_prints_only_its_own_output()
    {
        var database = await TestDatabase.CreateAsync(nameof(CommandLineTests));
        var (exitCode, output, errors) = await LedgerProcess.RunAsync(database, "rebuild-projections");

        exitCode.ShouldBe(0, errors);
        output.ShouldNotContain("Searching");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.ShouldNotBeEmpty();
        lines.ShouldAllBe(line => line.StartsWith("重建 ") || line.StartsWith("已重建 "));
    }
}
