namespace Assistance.Benchmarks;

/// <summary>Appends measured rows to benchmarks/RESULTS.md (found by walking up to the solution folder).</summary>
public static class ResultsFile
{
    private const string Header = """
        | date | size | mode | writers | cases/batch | households | events | append s | events/s (append) | snapshots s | events/s (total) |
        |---|---|---|---|---|---|---|---|---|---|---|
        """;

    public static void Append(IReadOnlyList<string> rows, string machine) =>
        AppendSection($"\n### Run on {machine}\n\n{Header}\n{string.Join('\n', rows)}\n");

    public static void AppendSection(string markdown)
    {
        if (InBenchmarks("RESULTS.md") is not { } path) return;
        if (!File.Exists(path)) File.WriteAllText(path, "# Load benchmarks\n\n");
        File.AppendAllText(path, markdown);
        Console.WriteLine($"结果已追加到 {path}");
    }

    /// <summary>A file of the checkout's benchmarks folder, or null when the harness runs outside a checkout.</summary>
    public static string? InBenchmarks(string file)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Assistance.sln"))) directory = directory.Parent;
        return directory is null ? null : Path.Combine(directory.FullName, "benchmarks", file);
    }
}
