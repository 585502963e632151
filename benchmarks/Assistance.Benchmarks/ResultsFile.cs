namespace Assistance.Benchmarks;

/// <summary>Appends measured rows to benchmarks/RESULTS.md (found by walking up to the solution folder).</summary>
public static class ResultsFile
{
    private const string Header = """
        | date | size | mode | writers | cases/batch | households | events | append s | events/s (append) | snapshots s | events/s (total) |
        |---|---|---|---|---|---|---|---|---|---|---|
        """;

    public static void Append(IReadOnlyList<string> rows, string machine)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Assistance.sln"))) directory = directory.Parent;
        if (directory is null) return;
        var path = Path.Combine(directory.FullName, "benchmarks", "RESULTS.md");
        if (!File.Exists(path)) File.WriteAllText(path, "# Load benchmarks\n\n");
        File.AppendAllText(path, $"\n### Run on {machine}\n\n{Header}\n{string.Join('\n', rows)}\n");
        Console.WriteLine($"结果已追加到 {path}");
    }
}
