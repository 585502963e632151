using System.Diagnostics;
using Assistance.Domain.Duplicates;
using Assistance.Host.Cases;
using Assistance.Host.Core;
using Assistance.Host.Outreach;
using Assistance.Host.Sample;
using Assistance.Host.Worklists.Counts;
using Assistance.Host.Worklists.Duplicates;
using Assistance.Samples;
using Npgsql;
using NodaTime;

namespace Assistance.Benchmarks.Ratios;

/// <summary>
/// Every measurement of the performance issue in one run: the sample at the chosen scale loaded through the loader's bulk path
/// (against a raw COPY of as many rows), the async projections catching up (against one COPY reading the events), the lifecycle
/// through HTTP and through sessions, the reads (taking turns with a store of about 10,000 households loaded beside it), the
/// duplicate check, a rebuild compared with the incremental documents; then the duplicate check and enrolment at about 1,000.
/// </summary>
public sealed class RatiosSuite(RatiosSettings settings, Func<string, Task<string>> createDatabase, ServerCpu? serverCpu = null)
{
    private static readonly string[] Commands = ["apply", "commit", "assess", "approve", "exit"];
    private readonly Figures _figures = new();

    public async Task<Figures> RunAsync()
    {
        _figures["scale"] = settings.Scale;
        await MeasureAtChosenScaleAndBaselineAsync();
        if (settings.LoadOnly) return _figures;
        await MeasureAtSmallAsync();
        return _figures;
    }

    private async Task MeasureAtChosenScaleAndBaselineAsync()
    {
        var city = SampleCity.Generate(Options(settings.Scale));
        var generation = Stopwatch.StartNew();
        var planned = city.Cases().Sum(c => (long)c.Events.Count);
        var generationTime = generation.Elapsed;

        await using var ledger = await LoadAsync("main", city);
        var events = ledger.Report.Events;
        _figures["households"] = ledger.Report.Cases;
        _figures["events"] = events;
        _figures["sampleGenerationSeconds"] = generationTime.TotalSeconds;
        _figures["bulkLoadSeconds"] = ledger.Report.AppendTime.TotalSeconds;
        _figures["bulkLoadEventsPerSecond"] = events / ledger.Report.AppendTime.TotalSeconds;
        _figures["bulkLoadExcludingGenerationEventsPerSecond"] = events / Math.Max(0.001, (ledger.Report.AppendTime - generationTime).TotalSeconds);
        _figures["rawCopyWriteEventsPerSecond"] = await RawCopy.WriteEventsPerSecondAsync(ledger.Ledger.ConnectionString, planned);
        _figures["bulkLoadVsCopyRatio"] = _figures["bulkLoadEventsPerSecond"] / _figures["rawCopyWriteEventsPerSecond"];
        _figures["bulkLoadExcludingGenerationVsCopyRatio"] = _figures["bulkLoadExcludingGenerationEventsPerSecond"] / _figures["rawCopyWriteEventsPerSecond"];

        _figures["projectionCatchUpSeconds"] = ledger.CatchUp.TotalSeconds;
        _figures["projectionCatchUpEventsPerSecond"] = events / ledger.CatchUp.TotalSeconds;
        foreach (var (name, reached) in ledger.CatchUpByProjection) _figures[$"projectionCatchUpSeconds.{name}"] = reached.TotalSeconds;
        // One read of the events swung from 138,000 to 215,000 events/s between runs of the same store: the median of three.
        var copyReads = new List<double>();
        for (var i = 0; i < 3; i++) copyReads.Add(await RawCopy.ReadEventsPerSecondAsync(ledger.Ledger.ConnectionString));
        copyReads.Sort();
        _figures["copyReadEventsPerSecond"] = copyReads[1];
        _figures["copyReadEventsPerSecond.min"] = copyReads[0];
        _figures["copyReadEventsPerSecond.max"] = copyReads[2];
        _figures["projectionCatchUpRatio"] = _figures["projectionCatchUpEventsPerSecond"] / _figures["copyReadEventsPerSecond"];
        using (var self = Process.GetCurrentProcess()) _figures["hostPeakMemoryMiB"] = self.PeakWorkingSet64 / 1024.0 / 1024.0;
        if (settings.LoadOnly) return;

        // The store of about 10,000 households runs beside the chosen scale's, so that their reads can take turns.
        await using (var baseline = await LoadAsync("baseline", SampleCity.Generate(Options(settings.BaselineScale))))
        {
            _figures["baselineHouseholds"] = baseline.Report.Cases;
            await MeasureReadsAsync(ledger.Ledger, baseline.Ledger);
            _figures["duplicateCheckP50Ms"] = (await DuplicateCheckAsync(ledger.Ledger)).Percentile(50);
            _figures["duplicateCheckP50Ms.at10k"] = (await DuplicateCheckAsync(baseline.Ledger)).Percentile(50);
            _figures["rosterLookupP50Ms"] = (await RosterLookupAsync(ledger.Ledger)).Percentile(50);
            _figures["rosterLookupP50Ms.at10k"] = (await RosterLookupAsync(baseline.Ledger)).Percentile(50);
            _figures["rosterLookupGrowthRatio"] = _figures["rosterLookupP50Ms"] / Math.Max(0.1, _figures["rosterLookupP50Ms.at10k"]);
        }
        await MeasureLifecyclesAsync(ledger.Ledger);

        if (!settings.CheckRebuild) return;
        var rebuild = await ProjectionAgreement.RebuildAndCompareAsync(ledger.Ledger);
        _figures["rebuildSeconds"] = rebuild.Elapsed.TotalSeconds;
        _figures["rebuildEventsPerSecond"] = await ProjectionProgress.EventCountAsync(ledger.Ledger.Store) / rebuild.Elapsed.TotalSeconds;
        _figures["projectionDocuments"] = rebuild.Documents;
        _figures["projectionDocumentsDifferingFromRebuild"] = rebuild.Differences;
    }

    /// <summary>Each read's growth from about 10,000 households to the chosen scale, from the p99s the reads recorded.</summary>
    private void ComputeReadGrowth()
    {
        var names = _figures.Values.Keys.Where(k => k.StartsWith("readP99Ms.", StringComparison.Ordinal) && !k.EndsWith(".at10k", StringComparison.Ordinal)).ToList();
        double Growth(string name) => _figures[name] / Math.Max(0.1, _figures[name + ".at10k"]);
        // A whole roll is every payee of a county, what the bank file and an export read; a caseworker reads it a page at a time,
        // with the whole roll's totals. The reads a user waits on are the pages; the whole roll grows with its lines, which the
        // issue allows, and is held to that below, per line.
        _figures["readGrowthRatio"] = names.Where(n => !IsWholeRoll(n)).Max(Growth);
        _figures["readGrowthRatioIncludingWholeRoll"] = names.Max(Growth);
        var moreLines = _figures[RollLines] / Math.Max(1, _figures[RollLines + ".at10k"]);
        _figures["readGrowthRatioPerReturnedRow"] = names.Max(n => Growth(n) / (IsWholeRoll(n) ? moreLines : 1));
    }

    /// <summary>The duplicate check and enrolments at about a thousand cases, against the same at the chosen scale.</summary>
    private async Task MeasureAtSmallAsync()
    {
        await using var ledger = await LoadAsync("small", SampleCity.Generate(Options(settings.SmallScale)));
        _figures["smallHouseholds"] = ledger.Report.Cases;
        _figures["duplicateCheckP50Ms.at1000"] = (await DuplicateCheckAsync(ledger.Ledger)).Percentile(50);
        var session = Timings();
        await RunLifecyclesAsync(new SessionLifecycle(ledger.Ledger.Store).RunAsync, session, run: 3);
        _figures["sessionP50Ms.approve.at1000"] = session["approve"].Percentile(50);
        _figures["enrolmentGrowthRatio"] = _figures["sessionP50Ms.approve"] / Math.Max(0.1, _figures["sessionP50Ms.approve.at1000"]);
    }

    private const string RollLines = "paymentRollDraftLines";

    /// <summary>
    /// Runs <paramref name="sql"/> on the freshly loaded and projected store before its reads are timed, as the server would on its
    /// own in the minutes after: otherwise autovacuum's passes over millions of new rows, or the checkpoint that writes the
    /// load's gigabytes of changed pages out, share the two cores and the disk with the reads at one scale and not the other.
    /// </summary>
    /// <returns>The seconds it took.</returns>
    private static async Task<double> SettleAsync(string connectionString, string sql)
    {
        var took = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
        return took.Elapsed.TotalSeconds;
    }

    private static bool IsWholeRoll(string figure) =>
        figure is "readP99Ms.paymentRollDraft" or "readP99Ms.paymentRollDraftAfterAYear";

    /// <summary>The reads on both stores, settled first and then taking turns; figures of the baseline end in <c>.at10k</c>.</summary>
    private async Task MeasureReadsAsync(LedgerUnderTest ledger, LedgerUnderTest baseline)
    {
        var stores = new[] { (Ledger: ledger, Suffix: ""), (Ledger: baseline, Suffix: ".at10k") };
        foreach (var (store, suffix) in stores)
        {
            _figures[$"vacuumBeforeReadsSeconds{suffix}"] = await SettleAsync(store.ConnectionString, "vacuum (analyze)");
            _figures[$"tallyFoldBeforeReadsSeconds{suffix}"] = await FoldTalliesAsync(store);
        }
        foreach (var (store, suffix) in stores)
            _figures[$"checkpointBeforeReadsSeconds{suffix}"] = await SettleAsync(store.ConnectionString, "checkpoint");

        var probe = new ReadProbe([ledger, baseline], settings.ReadSamples);
        var reads = await probe.RunAsync();
        var rolls = await probe.DraftBeforeAndAfterAYearOfRollsAsync();
        for (var s = 0; s < stores.Length; s++)
        {
            var suffix = stores[s].Suffix;
            foreach (var (name, latencies) in reads[s]) AddRead(name + suffix, latencies);
            _figures[$"{RollLines}{suffix}"] = await ReadProbe.MeanRollLinesAsync(stores[s].Ledger);
            AddRead($"paymentRollIssuedPage{suffix}", rolls[s].IssuedPage);
            AddRead($"paymentRollDraftPageAfterAYear{suffix}", rolls[s].PageAfter);
            AddRead($"paymentRollDraftAfterAYear{suffix}", rolls[s].After);
            _figures[$"paymentRollDraftAfterAYearVsBefore{suffix}"] = rolls[s].After.Percentile(50) / Math.Max(0.1, rolls[s].Before.Percentile(50));
        }
        ComputeReadGrowth();
    }

    private void AddRead(string name, Latencies latencies)
    {
        _figures[$"readP50Ms.{name}"] = latencies.Percentile(50);
        _figures[$"readP99Ms.{name}"] = latencies.Percentile(99);
    }

    /// <summary>What the daily job does each night: the worklist tallies of days a week past are folded (<see cref="WorklistTallyFold"/>).</summary>
    private static async Task<double> FoldTalliesAsync(LedgerUnderTest ledger)
    {
        var took = Stopwatch.StartNew();
        var today = SystemClock.Instance.Today();
        await WorklistTallyFold.FoldAsync(ledger.Store, WorklistTallyFold.DayFor(today), CancellationToken.None);
        return took.Elapsed.TotalSeconds;
    }

    private async Task MeasureLifecyclesAsync(LedgerUnderTest ledger)
    {
        var http = Timings();
        var httpRate = await RunLifecyclesAsync(new HttpLifecycle(ledger.Http, ledger.ApproverHttp).RunAsync, http, run: 1);
        var session = Timings();
        var sessionRate = await RunLifecyclesAsync(new SessionLifecycle(ledger.Store).RunAsync, session, run: 2);
        _figures["httpCommandsPerSecond"] = httpRate;
        _figures["sessionCommandsPerSecond"] = sessionRate;
        _figures["httpVsSessionRatio"] = httpRate / sessionRate;
        foreach (var command in Commands)
        {
            _figures.AddLatencies("http", command, http[command]);
            _figures.AddLatencies("session", command, session[command]);
        }
    }

    /// <returns>Commands per second over the run, with <see cref="RatiosSettings.Clients"/> clients working at once.</returns>
    private async Task<double> RunLifecyclesAsync(Func<LifecycleHousehold, IReadOnlyDictionary<string, Latencies>, Task> lifecycle,
        Dictionary<string, Latencies> timings, int run)
    {
        var today = SystemClock.Instance.Today();
        // A few untimed households first: the first requests of a path compile its handlers and warm its pools.
        var warmUp = Timings();
        for (var i = 0; i < settings.Clients; i++) await lifecycle(LifecycleHousehold.Number(i, run + 50, today), warmUp);
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, settings.LifecycleHouseholds), new ParallelOptions { MaxDegreeOfParallelism = settings.Clients },
            async (i, _) => await lifecycle(LifecycleHousehold.Number(i, run, today), timings));
        return settings.LifecycleHouseholds * Commands.Length / clock.Elapsed.TotalSeconds;
    }

    private async Task<Latencies> DuplicateCheckAsync(LedgerUnderTest ledger)
    {
        var idNumbers = await IdNumbersAsync(ledger, "data -> 'enrolledIdNumbers' ->> 0", "where jsonb_array_length(data -> 'enrolledIdNumbers') > 0",
            settings.DuplicateCheckSamples);
        var latencies = new Latencies();
        await using var query = ledger.Store.QuerySession();
        // Over all time: the person's own case is found too, so each lookup reads one case's stream, as a check that finds an overlap does.
        var always = new RecordedSpan(NodaTime.Instant.MinValue, null);
        foreach (var idNumber in idNumbers)
            await latencies.TimeAsync(() => DuplicateChecks.EnrolledDuringAsync(query, idNumber, Guid.Empty, [always], CancellationToken.None));
        return latencies;
    }

    /// <summary>
    /// A department's roster matched against every case (the outreach upload; the roster import asks the same of the index):
    /// 5,000 ID numbers, four in five members of cases in the ledger and the rest of nobody, as the lookup is timed each time.
    /// </summary>
    private async Task<Latencies> RosterLookupAsync(LedgerUnderTest ledger)
    {
        var idNumbers = await IdNumbersAsync(ledger, $"{CasesOfPerson.Column}[1]", "", 4000);
        idNumbers.AddRange(Enumerable.Range(0, 5_000 - idNumbers.Count).Select(i => $"11010119000101{i:D4}"));
        var latencies = new Latencies();
        await using var query = ledger.Store.QuerySession();
        for (var i = 0; i < settings.RosterLookupSamples; i++)
            await latencies.TimeAsync(() => CaseCoverageLookup.CoverageAsync(query, idNumbers, CancellationToken.None));
        return latencies;
    }

    /// <summary>An ID number of each of the first cases (by id), taken from <paramref name="column"/>.</summary>
    private static async Task<List<string>> IdNumbersAsync(LedgerUnderTest ledger, string column, string where, int cases)
    {
        await using var connection = new NpgsqlConnection(ledger.ConnectionString);
        await connection.OpenAsync();
        var table = ledger.Store.Options.Schema.For<Domain.Cases.HouseholdCase>(true);
        await using var command = new NpgsqlCommand($"select {column} from {table} {where} order by id limit {cases}", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var idNumbers = new List<string>();
        while (await reader.ReadAsync()) idNumbers.Add(reader.GetString(0));
        return idNumbers;
    }

    private static Dictionary<string, Latencies> Timings() => Commands.ToDictionary(c => c, _ => new Latencies());

    private SampleCityOptions Options(double scale) => new(settings.Seed, scale, settings.Lived ? BaselineHistory.Lived : BaselineHistory.Imported);

    private static string Suffix(string purpose) => purpose == "main" ? "" : $".{purpose}";

    private (TimeSpan Host, TimeSpan Server) CpuNow()
    {
        using var self = Process.GetCurrentProcess();
        return (self.TotalProcessorTime, serverCpu?.Used() ?? TimeSpan.Zero);
    }

    /// <summary>CPU seconds the host process and the PostgreSQL cluster used since <paramref name="since"/> (the server's only when known).</summary>
    private (TimeSpan Host, TimeSpan Server) RecordCpu(string name, (TimeSpan Host, TimeSpan Server) since)
    {
        var now = CpuNow();
        _figures[$"{name}.host"] = (now.Host - since.Host).TotalSeconds;
        if (serverCpu is not null) _figures[$"{name}.postgres"] = (now.Server - since.Server).TotalSeconds;
        return now;
    }

    /// <summary>A fresh database with the sample bulk-loaded while the daemon is paused, then the time the projections take to catch up.</summary>
    private async Task<LoadedLedger> LoadAsync(string purpose, SampleCity city)
    {
        Console.WriteLine($"[{purpose}] {city.Plan.Households:N0} 户");
        var ledger = await LedgerUnderTest.StartAsync(await createDatabase($"ratios_{purpose}_{DateTime.UtcNow:HHmmssfff}"));
        await ledger.Coordinator.PauseAsync();
        var cpu = CpuNow();
        var report = await new SampleLoader(ledger.Store).LoadAsync(city, SampleLoadMode.Bulk, null, CancellationToken.None);
        var last = await ProjectionProgress.LastEventAsync(ledger.Store);
        cpu = RecordCpu($"bulkLoadCpuSeconds{Suffix(purpose)}", cpu);
        var clock = Stopwatch.StartNew();
        await ledger.Coordinator.ResumeAsync();
        var byProjection = await ProjectionProgress.WaitForAsync(ledger.Store, last, TimeSpan.FromHours(2));
        RecordCpu($"projectionCatchUpCpuSeconds{Suffix(purpose)}", cpu);
        Console.WriteLine($"[{purpose}] {report.Events:N0} 事件：写入 {report.AppendTime.TotalSeconds:N1} 秒，投影追平 {clock.Elapsed.TotalSeconds:N1} 秒");
        return new LoadedLedger(ledger, report, clock.Elapsed, byProjection);
    }
}
