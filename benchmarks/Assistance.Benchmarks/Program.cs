using System.Diagnostics;
using System.Globalization;
using Assistance.Benchmarks;
using Assistance.Benchmarks.Ratios;
using Assistance.Host;
using Assistance.Host.Sample;
using Assistance.Host.Storage;
using Assistance.Samples;
using Marten;

// Loads a sample city or province into a fresh database per run and appends the measurements to benchmarks/RESULTS.md.
//   dotnet run -c Release --project benchmarks/Assistance.Benchmarks -- --scale 29 --lived --mode bulk        (the province)
//   dotnet run -c Release --project benchmarks/Assistance.Benchmarks -- --suite ratios --scale 1              (every ratio; results.json)
//   dotnet run -c Release --project benchmarks/Assistance.Benchmarks -- --suite anchor --scale 4 --lived      (the daily anchor fold)
if (args.SkipWhile(a => a != "--suite").Skip(1).FirstOrDefault() == "ratios")
    return await RatiosCommand.RunAsync(args);
if (args.SkipWhile(a => a != "--suite").Skip(1).FirstOrDefault() == "anchor")
    return await Assistance.Benchmarks.Anchor.AnchorSuite.RunAsync(args);

var settings = HarnessSettings.Parse(args);
await using var cluster = settings.Connection is null
    ? await LocalPostgresCluster.StartAsync(new LocalPostgresOptions { DataDirectory = Path.Combine(Path.GetTempPath(), $"assistance-bench-{Environment.ProcessId}"), Ephemeral = true })
    : null;

var options = new SampleCityOptions(settings.Seed, settings.Scale, settings.Lived ? BaselineHistory.Lived : BaselineHistory.Imported);
var rows = new List<string>();
foreach (var mode in settings.Modes)
{
    var connection = settings.Connection ?? await cluster!.CreateDatabaseAsync($"bench_{mode.ToString().ToLowerInvariant()}_{DateTime.UtcNow:HHmmss}");
    var builder = WebApplication.CreateBuilder([]);
    builder.AddLedger(connection);
    builder.Logging.ClearProviders();
    await using var app = builder.Build();
    var store = app.Services.GetRequiredService<IDocumentStore>();
    await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

    var generation = Stopwatch.StartNew();
    var city = SampleCity.Generate(options);
    Console.WriteLine($"[{mode}] 规模 {options.Scale}（{options.Baseline}）：{city.Plan.Households:N0} 户，计划 {generation.Elapsed.TotalSeconds:N1} 秒");
    var last = Stopwatch.StartNew();
    var progress = new Progress<LoadProgress>(p =>
    {
        if (last.Elapsed < TimeSpan.FromSeconds(5)) return;
        last.Restart();
        Console.WriteLine($"[{mode}]   {p}");
    });
    var report = await new SampleLoader(store).LoadAsync(city, mode, progress, CancellationToken.None, settings.Batch, settings.Writers);
    Console.WriteLine($"[{mode}] {report.Cases:N0} 户，{report.Events:N0} 事件：写入 {report.AppendTime.TotalSeconds:N1} 秒 = {report.EventsPerSecond:N0} 事件/秒；快照 {report.SnapshotTime.TotalSeconds:N1} 秒");
    rows.Add(string.Create(CultureInfo.InvariantCulture,
        $"| {DateTime.UtcNow:yyyy-MM-dd} | {options.Scale} {options.Baseline} | {mode} | {settings.Writers} | {settings.Batch} | {report.Cases:N0} | {report.Events:N0} | {report.AppendTime.TotalSeconds:N1} | {report.EventsPerSecond:N0} | {report.SnapshotTime.TotalSeconds:N1} | {(report.Events / (report.AppendTime + report.SnapshotTime).TotalSeconds):N0} |"));
}
ResultsFile.Append(rows, $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, `{string.Join(' ', args)}`");
return 0;
