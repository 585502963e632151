using System.Globalization;
using Assistance.Host.Sample;

namespace Assistance.Benchmarks;

/// <summary>Command-line settings of the harness: --scale, --lived, --mode bulk|bulkthenrebuild|sessions|all, --writers, --batch, --seed, --connection.</summary>
public sealed record HarnessSettings(double Scale, bool Lived, IReadOnlyList<SampleLoadMode> Modes, int Writers, int Batch, int Seed, string? Connection)
{
    public static HarnessSettings Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var mode = Value("--mode") ?? "all";
        return new HarnessSettings(
            double.Parse(Value("--scale") ?? "1", CultureInfo.InvariantCulture),
            args.Contains("--lived"),
            mode == "all" ? [SampleLoadMode.Bulk, SampleLoadMode.BulkThenRebuild, SampleLoadMode.Sessions] : [Enum.Parse<SampleLoadMode>(mode, ignoreCase: true)],
            int.Parse(Value("--writers") ?? "2", CultureInfo.InvariantCulture),
            int.Parse(Value("--batch") ?? "2000", CultureInfo.InvariantCulture),
            int.Parse(Value("--seed") ?? "20251201", CultureInfo.InvariantCulture),
            Value("--connection"));
    }
}
