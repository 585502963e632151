using System.Diagnostics;
using Assistance.Domain.Cases;
using Assistance.Host.Audit.Chain;
using Assistance.Samples;
using Assistance.Samples.Screening;
using JasperFx.Events;
using Marten;
using Weasel.Core;

namespace Assistance.Host.Sample;

/// <summary>
/// Loads a sample city into a fresh or running ledger; loading the same sample twice adds nothing. A city that continues
/// past 2025 also gets its screening in the order it happened: every case but the screening's applicants, the department
/// rosters through the outreach upload, then the applicants' cases, then the visits and what the outreach listener would have
/// recorded of the applications (which bulk appends do not pass through).
/// </summary>
public sealed class SampleLoader(IDocumentStore store)
{
    /// <param name="generated">The city's cases when the caller has generated them already (the same as <c>city.Cases()</c>).</param>
    public async Task<LoadReport> LoadAsync(SampleCity city, SampleLoadMode mode, IProgress<LoadProgress>? progress, CancellationToken ct,
        int casesPerBatch = 2_000, int writers = 2, IEnumerable<SampleCase>? generated = null)
    {
        var cases = generated ?? city.Cases();
        using var first = cases.GetEnumerator();
        if (first.MoveNext() && await ExistsAsync(first.Current.Id, ct)) return new LoadReport(0, 0, TimeSpan.Zero, TimeSpan.Zero, AlreadyLoaded: true);

        var clock = Stopwatch.StartNew();
        int loadedCases = 0;
        long loadedEvents = 0;
        var screening = city.Plan.Options.Continues ? new ScreeningObserver() : null;
        var applicants = new List<SampleCase>();
        async ValueTask Write(SampleCase[] batch, CancellationToken token)
        {
            if (mode == SampleLoadMode.Sessions) await SessionAsync(batch, token);
            else await BulkAsync(batch, snapshots: mode == SampleLoadMode.Bulk, token);
            var events = Interlocked.Add(ref loadedEvents, batch.Sum(c => (long)c.Events.Count));
            var households = Interlocked.Add(ref loadedCases, batch.Length);
            progress?.Report(new LoadProgress(households, events, clock.Elapsed));
        }
        var beforeRosters = cases.Where(c =>
        {
            screening?.Observe(c);
            if (c.Path != HouseholdPath.OutreachDisability) return true;
            lock (applicants) applicants.Add(c);
            return false;
        });
        await Parallel.ForEachAsync(beforeRosters.Chunk(casesPerBatch), new ParallelOptions { MaxDegreeOfParallelism = writers, CancellationToken = ct }, Write);
        var written = screening?.Screening(city.Plan);
        if (written is not null)
        {
            var outreach = new ScreeningLoader(store);
            await outreach.UploadRostersAsync(written, ct);
            foreach (var batch in applicants.Chunk(casesPerBatch)) await Write(batch, ct);
            await outreach.RecordVisitsAsync(written, ct);
        }
        if (mode != SampleLoadMode.Sessions) await AnalyzeAsync(ct);
        var appendTime = clock.Elapsed;

        if (mode == SampleLoadMode.BulkThenRebuild)
        {
            using var daemon = await store.BuildProjectionDaemonAsync();
            await daemon.RebuildProjectionAsync<HouseholdCase>(TimeSpan.FromHours(2), ct);
        }
        return new LoadReport(loadedCases, loadedEvents, appendTime, clock.Elapsed - appendTime, AlreadyLoaded: false, written);
    }

    /// <summary>
    /// Brings the planner's statistics up to the rows just copied in, which autovacuum would do only some time later: until
    /// then it plans the async daemon's first pages of events, and the snapshot reads, as if the tables were still empty.
    /// </summary>
    private async Task AnalyzeAsync(CancellationToken ct)
    {
        var events = store.Options.Events.DatabaseSchemaName;
        await using var session = store.LightweightSession();
        session.QueueSqlCommand($"analyze {events}.mt_events, {events}.mt_streams, {store.Options.Schema.For<HouseholdCase>(true)}");
        await session.SaveChangesAsync(ct);
    }

    private async Task<bool> ExistsAsync(Guid id, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.Events.FetchStreamStateAsync(id, ct) is not null;
    }

    private async Task BulkAsync(SampleCase[] batch, bool snapshots, CancellationToken ct)
    {
        var streams = new List<StreamAction>(batch.Length);
        var serializer = store.Options.Serializer();
        foreach (var sample in batch)
        {
            var action = StreamAction.Start(((DocumentStore)store).Events, sample.Id, sample.Events.Select(e => e.Data).ToArray());
            action.AggregateType = typeof(HouseholdCase);
            for (var i = 0; i < action.Events.Count; i++)
            {
                action.Events[i].Timestamp = sample.Events[i].RecordedAt;
                action.Events[i].UserName = sample.Events[i].Actor;
            }
            BulkSealing.Seal(action, serializer);
            streams.Add(action);
        }
        await store.BulkInsertEventsAsync(streams, 5_000, ct);
        if (snapshots)
            await store.BulkInsertDocumentsAsync(batch.Select(c => CaseFold.Fold(c.Events.Select(e => e.Data))), BulkInsertMode.InsertsOnly, 5_000, ct);
    }

    private async Task SessionAsync(SampleCase[] batch, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        session.LastModifiedBy = "样例数据";
        foreach (var sample in batch)
            session.Events.StartStream<HouseholdCase>(sample.Id, sample.Events.Select(e => e.Data).ToArray());
        await session.SaveChangesAsync(ct);
    }
}
