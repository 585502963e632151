using System.Diagnostics;
using System.Globalization;
using Assistance.Domain.Cases;
using Assistance.Host;
using Assistance.Host.Audit.Anchors;
using Assistance.Host.Audit.Chain;
using Assistance.Host.Sample;
using Assistance.Host.Storage;
using Assistance.Samples;
using Marten;
using NodaTime;
using Npgsql;

namespace Assistance.Benchmarks.Anchor;

/// <summary>
/// <c>--suite anchor [--scale N] [--lived] [--changed-share 0.01] [--fsync off] [--no-verify]</c>: the daily anchor fold on a loaded
/// store. Loads the sample through the bulk path (every event sealed), then times the first anchor (every stream's head moves),
/// a day on which a share of the streams had one event appended, a day on which nothing changed (the fold of every head alone),
/// and a whole-store verification; appends the figures with the machine's load to benchmarks/RESULTS.md.
/// </summary>
public static class AnchorSuite
{
    public static async Task<int> RunAsync(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var scale = double.Parse(Value("--scale") ?? "1", CultureInfo.InvariantCulture);
        var changedShare = double.Parse(Value("--changed-share") ?? "0.01", CultureInfo.InvariantCulture);
        var fsync = Value("--fsync") != "off";
        var loadAtStart = LoadAverage();

        await using var cluster = await LocalPostgresCluster.StartAsync(new LocalPostgresOptions
        {
            DataDirectory = Path.Combine(Path.GetTempPath(), $"assistance-anchor-{Environment.ProcessId}"),
            Ephemeral = true,
            Durable = fsync,
        });
        var connection = await cluster.CreateDatabaseAsync($"anchor_{DateTime.UtcNow:HHmmss}");
        var builder = WebApplication.CreateBuilder([]);
        builder.Configuration["Ledger:DailyChecks:Enabled"] = "false";
        builder.AddLedger(connection);
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        var store = app.Services.GetRequiredService<IDocumentStore>();
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        var city = SampleCity.Generate(new SampleCityOptions(20251201, scale, args.Contains("--lived") ? BaselineHistory.Lived : BaselineHistory.Imported));
        var load = await new SampleLoader(store).LoadAsync(city, SampleLoadMode.Bulk, null, CancellationToken.None);
        Console.WriteLine($"规模 {scale}：{load.Cases:N0} 户，{load.Events:N0} 个事件，载入 {load.AppendTime.TotalSeconds:N1} 秒");

        var anchors = app.Services.GetRequiredService<DailyAnchor>();
        var day = new LocalDate(2026, 1, 1);
        var first = await TimedAsync(() => anchors.EnsureAsync(day, CancellationToken.None));
        var changed = await AppendToShareAsync(store, connection, changedShare, day.PlusDays(1));
        var next = await TimedAsync(() => anchors.EnsureAsync(day.PlusDays(1), CancellationToken.None));
        var quiet = await TimedAsync(() => anchors.EnsureAsync(day.PlusDays(2), CancellationToken.None));
        double? verifySeconds = null;
        if (!args.Contains("--no-verify"))
        {
            var clock = Stopwatch.StartNew();
            var verdict = await app.Services.GetRequiredService<StoreVerification>().RunAsync(null, CancellationToken.None);
            verifySeconds = clock.Elapsed.TotalSeconds;
            if (!verdict.Valid) throw new InvalidOperationException("The untouched benchmark store did not verify clean.");
        }

        var rows = new[]
        {
            Row("first anchor (every head moves)", first.Anchor, first.Seconds),
            Row($"next day, {changed:N0} streams appended to", next.Anchor, next.Seconds),
            Row("a day without appends (fold of every head)", quiet.Anchor, quiet.Seconds),
        };
        var section = string.Create(CultureInfo.InvariantCulture, $"""

            ### Anchor fold, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, `--suite anchor {string.Join(' ', args.SkipWhile(a => a != "--scale"))}`

            {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; PostgreSQL fsync {(fsync ? "on" : "off")};
            load average (1/5/15 min) {loadAtStart} at the start, {LoadAverage()} at the end. {load.Cases:N0} households, {load.Events:N0} events (bulk load {load.AppendTime.TotalSeconds:N1} s).

            | anchor | streams | events | streams changed | seconds |
            |---|---|---|---|---|
            {string.Join('\n', rows)}
            {(verifySeconds is { } v ? $"\nWhole-store verification (`verify`) of the same store: {v:N1} s ({load.Events / v:N0} events/s).\n" : "")}
            """);
        Console.WriteLine(section);
        ResultsFile.AppendSection(section);
        return 0;
    }

    private static string Row(string what, AuditAnchor? anchor, double seconds) => string.Create(CultureInfo.InvariantCulture,
        $"| {what} | {anchor?.Streams:N0} | {anchor?.Events:N0} | {anchor?.StreamsChanged:N0} | {seconds:N1} |");

    private static async Task<(AuditAnchor? Anchor, double Seconds)> TimedAsync(Func<Task<AuditAnchor?>> anchor)
    {
        var clock = Stopwatch.StartNew();
        var made = await anchor();
        return (made, clock.Elapsed.TotalSeconds);
    }

    /// <summary>One fact event appended, through ordinary sessions (so sealed by the listener), to a share of the streams.</summary>
    private static async Task<int> AppendToShareAsync(IDocumentStore store, string connectionString, double share, LocalDate day)
    {
        var ids = new List<Guid>();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                $"select id from {LedgerStore.Schema}.mt_streams order by md5(id::text) limit (select greatest(1, (count(*) * $1)::int) from {LedgerStore.Schema}.mt_streams)", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = share });
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) ids.Add(reader.GetGuid(0));
        }
        foreach (var batch in ids.Chunk(500))
        {
            await using var session = store.LightweightSession();
            foreach (var id in batch) session.Events.Append(id, new ReviewBecameDue(day, day));
            await session.SaveChangesAsync();
        }
        // The anchor folds up to the async daemon's high-water mark; the suite runs no daemon, so it moves the mark as the daemon would.
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                $"update {LedgerStore.Schema}.mt_event_progression set last_seq_id = (select max(seq_id) from {LedgerStore.Schema}.mt_events) where name = 'HighWaterMark'", connection);
            await command.ExecuteNonQueryAsync();
        }
        return ids.Count;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
