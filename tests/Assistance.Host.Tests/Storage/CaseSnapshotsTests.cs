using Assistance.Domain.Cases;
using Assistance.Host.Sample;
using Assistance.Host.Storage;
using Assistance.Host.Tests.Support;
using Assistance.Samples;
using JasperFx.Events;
using Marten;
using NodaTime;

namespace Assistance.Host.Tests.Storage;

/// <summary>
/// The cases a page of events touched, as the async projections see them: a case whose whole stream is in the page is folded
/// from it and equals the snapshot Marten keeps inline; a case whose stream began before the page is its snapshot.
/// </summary>
public class CaseSnapshotsTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    [Fact]
    public async Task Whole_streams_in_the_page_are_folded_to_their_snapshot_and_the_others_read_it()
    {
        // The start-up run of the daily job, which may note reviews due, is over before the snapshots and events are read.
        await ledger.StartUpDailyJobDoneAsync();
        // Through sessions, so that the snapshots are Marten's own fold, not the sample loader's.
        var city = SampleCity.Generate(new SampleCityOptions(Scale: 0.01));
        await new SampleLoader(ledger.Store).LoadAsync(city, SampleLoadMode.Sessions, null, CancellationToken.None, casesPerBatch: 100);
        var ids = city.Cases().Select(c => c.Id).ToHashSet();
        // Facts beside the case, which Marten's snapshot neither applies nor counts in its version, at the end of some streams.
        await using (var facts = ledger.Store.LightweightSession())
        {
            foreach (var id in ids.Take(20))
                facts.Events.Append(id, new ReviewBecameDue(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 1)),
                    new ReviewOverdue(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 20)));
            await facts.SaveChangesAsync();
        }
        var serializer = ledger.Store.Options.Serializer();

        await using var session = ledger.Store.QuerySession();
        var snapshots = (await session.Query<HouseholdCase>().ToListAsync()).Where(c => ids.Contains(c.Id)).ToDictionary(c => c.Id, serializer.ToJson);
        var events = (await session.Events.QueryAllRawEvents().OrderBy(e => e.Sequence).ToListAsync()).Where(e => ids.Contains(e.StreamId)).ToList();
        events.Select(e => e.EventType).Distinct().Count().ShouldBeGreaterThan(5);

        // The stored snapshots now say another county: what comes back from the page tells which it used.
        await using (var write = ledger.Store.LightweightSession())
        {
            write.QueueSqlCommand($"update {ledger.Store.Options.Schema.For<HouseholdCase>()} set data = jsonb_set(data, '{{countyCode}}', '\"999999\"')");
            await write.SaveChangesAsync();
        }

        CaseSnapshots.BegunIn(events).ShouldBe(ids, ignoreOrder: true);
        var whole = await CaseSnapshots.OfPageAsync(session, events, CancellationToken.None);
        whole.Keys.ShouldBe(snapshots.Keys, ignoreOrder: true);
        foreach (var (id, json) in snapshots) serializer.ToJson(whole[id]).ShouldBe(json);

        // Read again: the page's result is kept per last event, and the daemon's pages are never the same objects.
        var withoutFirstEvents = (await session.Events.QueryAllRawEvents().Where(e => e.Version > 1).OrderBy(e => e.Sequence).ToListAsync())
            .Where(e => ids.Contains(e.StreamId)).ToList();
        // No stream begins in this page, so the read models look every case's documents up.
        CaseSnapshots.BegunIn(withoutFirstEvents).ShouldBeEmpty();
        var partial = await CaseSnapshots.OfPageAsync(session, withoutFirstEvents, CancellationToken.None);
        partial.Keys.ShouldBe(withoutFirstEvents.Select(e => e.StreamId).Distinct(), ignoreOrder: true);
        // Read, not folded from the stream again: its snapshot is not behind because it left the facts beside the case out.
        partial.Values.ShouldAllBe(c => c.CountyCode == "999999");
    }
}
