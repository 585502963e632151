using System.Globalization;
using Assistance.Host.Storage;
using Npgsql;

namespace Assistance.Benchmarks.Ratios;

/// <summary>
/// <c>--suite ratios [--scale N] [--lived] [--clients N] [--households N] [--reads N] [--fsync off] [--shared-buffers SIZE] [--no-rebuild-check] [--only load]</c>:
/// starts a private PostgreSQL with fsync on (a durable server) and a quarter of the machine's memory as shared buffers (as a
/// server is set up for its data; PostgreSQL's 128MB default holds the 10,000-household store but not the province's), runs <see cref="RatiosSuite"/>, writes results.json and RESULTS.md
/// (not for <c>--only load</c>, whose figures are printed only: they are not a whole run).
/// </summary>
public static class RatiosCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var settings = RatiosSettings.Parse(args);
        var sharedBuffers = settings.SharedBuffers ?? $"{GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 4 / (1024 * 1024)}MB";
        await using var cluster = await LocalPostgresCluster.StartAsync(new LocalPostgresOptions
        {
            DataDirectory = Path.Combine(Path.GetTempPath(), $"assistance-ratios-{Environment.ProcessId}"),
            Ephemeral = true,
            Durable = settings.Fsync,
            ServerSettings = new Dictionary<string, string> { ["shared_buffers"] = sharedBuffers },
        });
        var context = new Dictionary<string, string>
        {
            ["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
            ["machine"] = $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}",
            ["postgres"] = await ShowAsync(cluster.ConnectionString, "server_version"),
            ["fsync"] = await ShowAsync(cluster.ConnectionString, "fsync"),
            ["sharedBuffers"] = await ShowAsync(cluster.ConnectionString, "shared_buffers"),
            ["command"] = string.Join(' ', args),
            ["loadAverageAtStart"] = LoadAverage(),
        };
        Console.WriteLine(string.Join(", ", context.Select(c => $"{c.Key}: {c.Value}")));
        var figures = await new RatiosSuite(settings, name => cluster.CreateDatabaseAsync(name), new ServerCpu(cluster.DataDirectory)).RunAsync();
        context["loadAverageAtEnd"] = LoadAverage();
        if (!settings.LoadOnly) RatiosReport.Write(figures, context);
        return 0;
    }

    /// <summary>The machine's 1/5/15-minute load averages: on a shared machine, what the other processes took from the run.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static async Task<string> ShowAsync(string connectionString, string setting)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"show {setting}", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
