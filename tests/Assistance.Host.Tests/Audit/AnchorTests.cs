using System.Text.Json.Nodes;
using Alba;
using Assistance.Host.Audit.Anchors;
using Assistance.Host.Tests.Support;
using Assistance.Host.Worklists.DailyJob;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Wolverine.Tracking;
using static Assistance.Host.Tests.Support.Households;

namespace Assistance.Host.Tests.Audit;

/// <summary>Several enrolled cases, anchored once the projections have caught up.</summary>
public static class AnchoredLedger
{
    /// <remarks>The clock is left in February 2026, after the day the fixture's clock starts on (which the daily job anchors at start-up).</remarks>
    public static async Task<List<Guid>> EnrolCasesAsync(this LedgerFixture ledger, int count)
    {
        // The start-up job anchors the day the clock shows when it runs: it must have run before the clock goes back to 2025.
        await ledger.StartUpDailyJobDoneAsync();
        ledger.Today(2025, 1, 20);
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var id = await ledger.Host.ApplyAsync(Application(Guid.NewGuid()));
            await ledger.Host.PostAsync(id, "commitments", Commitment());
            await ledger.Host.PostAsync(id, "assessments", Assessment());
            await ledger.Host.PostAsync(id, "decisions", new { decision = "Approve", effectiveMonth = "2025-02", decidedBy = "科长赵" });
            ids.Add(id);
        }
        ledger.Today(2026, 2, 2);
        return ids;
    }

    public static async Task<AuditAnchor?> AnchorAsync(this LedgerFixture ledger, LocalDate day)
    {
        await ledger.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(1));
        return await ledger.Host.Services.GetRequiredService<DailyAnchor>().EnsureAsync(day, CancellationToken.None);
    }

    public static async Task<JsonNode> VerifyStoreAsync(this LedgerFixture ledger) => await (await ledger.Host.Scenario(s =>
    {
        s.Get.Url("/api/audit/verify");
        s.StatusCodeShouldBeOk();
    })).ReadJsonNodeAsync();
}

public class AnchorTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    [Fact]
    public async Task An_untouched_store_verifies_clean_and_the_anchor_is_made_once_per_day_chained_to_the_day_before()
    {
        var ids = await ledger.EnrolCasesAsync(3);
        var first = (await ledger.AnchorAsync(new LocalDate(2026, 2, 2)))!;
        first.Streams.ShouldBeGreaterThanOrEqualTo(3);

        ledger.Today(2026, 2, 3);
        await ledger.Host.PostAsync(ids[0], "temporary-assistance", new { kind = "Emergency", amount = 500m, grantedOn = "2026-02-03", reason = "火灾", grantedBy = "镇长" });
        var again = (await ledger.AnchorAsync(new LocalDate(2026, 2, 2)))!;
        again.Digest.ShouldBe(first.Digest);
        again.Events.ShouldBe(first.Events);

        // The daily job anchors its day; running it twice leaves one anchor for the day.
        await ledger.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(1));
        await ledger.Host.TrackActivity(TimeSpan.FromMinutes(2)).InvokeMessageAndWaitAsync(new RunDailyChecks(new DateOnly(2026, 2, 3)));
        await ledger.Host.TrackActivity(TimeSpan.FromMinutes(2)).InvokeMessageAndWaitAsync(new RunDailyChecks(new DateOnly(2026, 2, 3)));
        await using var session = ledger.Store.QuerySession();
        var anchors = (await session.Query<AuditAnchor>().ToListAsync()).OrderBy(a => a.Id).ToList();
        anchors.Select(a => a.Id).ShouldBe(["2026-01-05", "2026-02-02", "2026-02-03"]);
        first.Previous.ShouldBe(anchors[0].Digest);
        anchors[2].Previous.ShouldBe(first.Digest);
        anchors[2].Events.ShouldBeGreaterThan(first.Events);
        anchors[2].StreamsChanged.ShouldBeGreaterThanOrEqualTo(1);

        // A day before the latest anchor is not anchored after it.
        (await ledger.AnchorAsync(new LocalDate(2026, 1, 31))).ShouldBeNull();

        var verdict = await ledger.VerifyStoreAsync();
        verdict.Value<bool>("valid").ShouldBeTrue(verdict.ToJsonString());
        verdict["broken"]!.AsArray().ShouldBeEmpty();
        verdict.Value<long>("streams").ShouldBe(anchors[2].Streams);
        verdict["anchor"]!.Text("latestDay").ShouldBe("2026-02-03");
    }
}

public class AnchorFileTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    [Fact]
    public async Task The_anchor_file_kept_elsewhere_shows_a_rewritten_or_deleted_anchor_record()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"anchors-{Guid.NewGuid():N}");
        try
        {
            var options = new AnchorOptions(directory);
            await ledger.EnrolCasesAsync(1);
            await ledger.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(1));
            var anchor = (await new DailyAnchor(ledger.Store, options, TimeProvider.System).EnsureAsync(new LocalDate(2026, 2, 2), CancellationToken.None))!;
            File.ReadAllText(Path.Combine(directory, "anchor-2026-02-02.json")).ShouldContain(anchor.Digest);
            var verification = new Assistance.Host.Audit.Chain.StoreVerification(ledger.Store, options);
            var clean = await verification.RunAsync(null, CancellationToken.None);
            clean.Valid.ShouldBeTrue(string.Join("; ", clean.Anchor.Problems));

            // The record rewritten consistently (digest recomputed) still differs from the file.
            await using (var session = ledger.Store.LightweightSession())
            {
                var stored = (await session.LoadAsync<AuditAnchor>("2026-02-02"))!;
                stored.Events -= 1;
                stored.Digest = stored.ComputeDigest();
                session.Store(stored);
                await session.SaveChangesAsync();
            }
            var verdict = await verification.RunAsync(null, CancellationToken.None);
            verdict.Valid.ShouldBeFalse();
            verdict.Anchor.Problems.ShouldContain(p => p.Contains("2026-02-02 的锚定与另存的锚定文件不符"));

            await ledger.Store.SqlAsync("delete from assistance.mt_doc_auditanchor where id = '2026-02-02'");
            (await verification.RunAsync(null, CancellationToken.None)).Anchor.Problems.ShouldContain(p => p.Contains("库中却没有"));
        }
        finally
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
    }
}
