using System.Globalization;
using System.Text;

namespace Assistance.Benchmarks.Ratios;

/// <summary>Writes a run's figures to benchmarks/results.json and a table beside each target to benchmarks/RESULTS.md.</summary>
public static class RatiosReport
{
    /// <summary>The issue's targets: a figure at most or at least this (readP99Ms.* applies to every read at the chosen scale).</summary>
    private static readonly (string Figure, string Rule, double Limit)[] Targets =
    [
        ("projectionCatchUpRatio", ">=", 0.25),
        ("bulkLoadVsCopyRatio", ">=", 0.6),
        ("httpVsSessionRatio", ">=", 0.5),
        ("readGrowthRatio", "<=", 1.5),
        ("hostPeakMemoryMiB", "<", 1024),
        ("readP99Ms.", "<", 50),
        ("projectionDocumentsDifferingFromRebuild", "<=", 0),
    ];

    public static void Write(Figures figures, IReadOnlyDictionary<string, string> context)
    {
        if (ResultsFile.InBenchmarks("results.json") is { } json)
        {
            File.WriteAllText(json, figures.ToJson(context) + "\n");
            Console.WriteLine($"结果已写入 {json}");
        }
        ResultsFile.AppendSection(Markdown(figures, context));
    }

    private static string Markdown(Figures figures, IReadOnlyDictionary<string, string> context)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"\n### Ratios suite, {string.Join(", ", context.Select(c => $"{c.Key}: {c.Value}"))}\n\n");
        text.Append("| figure | value | target | met |\n|---|---|---|---|\n");
        foreach (var (name, value) in figures.Values)
        {
            var target = Targets.FirstOrDefault(t => name == t.Figure || (t.Figure.EndsWith('.') && name.StartsWith(t.Figure, StringComparison.Ordinal) && !name.EndsWith(".at10k", StringComparison.Ordinal)));
            var met = target.Figure is null ? "" : Meets(value, target.Rule, target.Limit) ? "yes" : "**no**";
            text.Append(CultureInfo.InvariantCulture, $"| {name} | {value:#,0.###} | {(target.Figure is null ? "" : $"{target.Rule} {target.Limit}")} | {met} |\n");
        }
        return text.ToString();
    }

    private static bool Meets(double value, string rule, double limit) => rule switch
    {
        ">=" => value >= limit,
        "<=" => value <= limit,
        _ => value < limit,
    };
}
