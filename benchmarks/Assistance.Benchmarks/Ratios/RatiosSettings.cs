using System.Globalization;

namespace Assistance.Benchmarks.Ratios;

/// <summary>
/// Settings of the ratios suite: the chosen scale (1 = the sample city), the scales of the reference databases it is compared
/// with (about 10,000 and 1,000 households), how many concurrent clients and households the lifecycle runs, how many times each read is timed;
/// <see cref="LoadOnly"/> (<c>--only load</c>) stops after the bulk load and the catch-up at the chosen scale, for a quick loop while working on them;
/// the server's fsync and its shared buffers (null: a quarter of the machine's memory). A thousand samples a read, so that a p99 is
/// the tenth slowest rather than (of 200) the second, which is where one garbage collection or autovacuum pass lands.
/// </summary>
public sealed record RatiosSettings(
    double Scale = 1,
    bool Lived = false,
    int Seed = 20251201,
    double BaselineScale = 10_000 / 35_493.0,
    double SmallScale = 1_000 / 35_493.0,
    int Clients = 4,
    int LifecycleHouseholds = 200,
    int ReadSamples = 1000,
    int DuplicateCheckSamples = 200,
    int RosterLookupSamples = 20,
    bool CheckRebuild = true,
    bool LoadOnly = false,
    bool Fsync = true,
    string? SharedBuffers = null)
{
    public static RatiosSettings Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        double Number(string name, double fallback) => Value(name) is { } v ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var defaults = new RatiosSettings();
        return defaults with
        {
            Scale = Number("--scale", defaults.Scale),
            Lived = args.Contains("--lived"),
            Seed = (int)Number("--seed", defaults.Seed),
            Clients = (int)Number("--clients", defaults.Clients),
            LifecycleHouseholds = (int)Number("--households", defaults.LifecycleHouseholds),
            ReadSamples = (int)Number("--reads", defaults.ReadSamples),
            CheckRebuild = !args.Contains("--no-rebuild-check"),
            LoadOnly = Value("--only") == "load",
            Fsync = Value("--fsync") != "off",
            SharedBuffers = Value("--shared-buffers"),
        };
    }
}
