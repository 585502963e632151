using System.Text.Json.Nodes;
using Alba;
using Assistance.Host.Import;
using Assistance.Host.Sample;
using Assistance.Host.Tests.Import;
using Assistance.Host.Tests.Support;
using Assistance.Samples;
using Microsoft.Extensions.DependencyInjection;
using static Assistance.Host.Tests.Support.Households;

namespace Assistance.Host.Tests.Audit;

/// <summary>The chain stored at append time: every way of appending seals, and each kind of tampering is found and located.</summary>
public class ChainTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    /// <summary>
    /// Applied, committed, assessed, approved, reviewed: five events, four of them appended to an existing stream (and, as every
    /// test enrols the same household again, the duplicate flags appended by the ledger itself).
    /// </summary>
    private async Task<Guid> EnrolledCaseAsync()
    {
        ledger.Today(2025, 1, 20);
        var id = await ledger.Host.ApplyAsync(Application(Guid.NewGuid()));
        await ledger.Host.PostAsync(id, "commitments", Commitment());
        await ledger.Host.PostAsync(id, "assessments", Assessment());
        await ledger.Host.PostAsync(id, "decisions", new { decision = "Approve", effectiveMonth = "2025-02", decidedBy = "科长赵" });
        ledger.Today(2025, 7, 1);
        await ledger.Host.PostAsync(id, "reviews", new { reviewedOn = "2025-07-01", monthlyIncome = 700m, reviewedBy = "调查员李" });
        return id;
    }

    private static void ShouldBeBrokenAt(JsonNode verdict, long version, string reason)
    {
        verdict.Value<bool>("valid").ShouldBeFalse();
        verdict.Value<long>("firstBrokenVersion").ShouldBe(version);
        verdict.Text("reason").ShouldBe(reason);
        verdict.Text("detail").ShouldContain($"第 {version} 版");
    }

    [Fact]
    public async Task An_untouched_case_verifies_with_every_event_sealed_at_append_time()
    {
        var id = await EnrolledCaseAsync();
        var verdict = await ledger.Host.VerifyCaseAsync(id);
        verdict.Value<bool>("valid").ShouldBeTrue();
        verdict.Value<long>("events").ShouldBeGreaterThanOrEqualTo(5);
        verdict["firstBrokenVersion"].ShouldBeNull();

        await using var session = ledger.Store.QuerySession();
        var seals = await session.QueryAsync<string>("select headers ->> 'chain' from assistance.mt_events where stream_id = ? order by version", id);
        seals.Count.ShouldBe(verdict.Value<int>("events"));
        seals.ShouldAllBe(s => s.Length == 64);
        seals.Distinct().Count().ShouldBe(seals.Count);
        verdict.Text("head").ShouldBe(seals[^1]);

        // The case is of 140429: an auditor of that county may verify it; one of another county, as for the case itself, finds nothing.
        await ledger.Host.Scenario(s => { s.Get.Url($"/api/households/{id}/verify"); s.As(TestUsers.AuditorOf("140429")); s.StatusCodeShouldBeOk(); });
        await ledger.Host.Scenario(s => { s.Get.Url($"/api/households/{id}/verify"); s.As(TestUsers.AuditorOf("140403")); s.StatusCodeShouldBe(404); });
    }

    [Fact]
    public async Task One_changed_byte_of_an_events_data_is_found_at_that_version()
    {
        var id = await EnrolledCaseAsync();
        await ledger.Store.EditOneByteAsync(id, 3);
        ShouldBeBrokenAt(await ledger.Host.VerifyCaseAsync(id), 3, "edited");
    }

    [Fact]
    public async Task A_deleted_middle_event_is_found_as_missing_at_its_version()
    {
        var id = await EnrolledCaseAsync();
        await ledger.Store.DeleteEventAsync(id, 2);
        ShouldBeBrokenAt(await ledger.Host.VerifyCaseAsync(id), 2, "missing");
    }

    [Fact]
    public async Task A_deleted_last_event_is_found_as_missing_against_the_streams_recorded_version()
    {
        var id = await EnrolledCaseAsync();
        var last = (await ledger.Host.VerifyCaseAsync(id)).Value<long>("events");
        await ledger.Store.DeleteEventAsync(id, last);
        ShouldBeBrokenAt(await ledger.Host.VerifyCaseAsync(id), last, "missing");
    }

    [Fact]
    public async Task A_forged_event_is_found_as_inserted_or_edited_at_its_version()
    {
        var id = await EnrolledCaseAsync();
        var last = (await ledger.Host.VerifyCaseAsync(id)).Value<long>("events");
        await ledger.Store.ForgeNextEventAsync(id, copyOf: 4);
        ShouldBeBrokenAt(await ledger.Host.VerifyCaseAsync(id), last + 1, "edited");

        var other = await EnrolledCaseAsync();
        await ledger.Store.SqlAsync("update assistance.mt_events set headers = '{}'::jsonb where stream_id = ? and version = 4", other);
        ShouldBeBrokenAt(await ledger.Host.VerifyCaseAsync(other), 4, "inserted");
    }

    [Fact]
    public async Task An_unknown_case_is_a_404()
    {
        await ledger.Host.Scenario(s =>
        {
            s.Get.Url($"/api/households/{Guid.NewGuid()}/verify");
            s.StatusCodeShouldBe(404);
        });
    }

    [Fact]
    public async Task Cases_loaded_in_bulk_and_imported_from_a_roster_are_sealed_too()
    {
        var city = SampleCity.Generate(new SampleCityOptions(Scale: 0.002));
        await new SampleLoader(ledger.Store).LoadAsync(city, SampleLoadMode.Bulk, null, CancellationToken.None, casesPerBatch: 50);
        var sampled = city.Cases().Take(20).Select(c => c.Id).ToList();
        sampled.Count.ShouldBeGreaterThan(0);
        foreach (var id in sampled) (await ledger.Host.VerifyCaseAsync(id)).Value<bool>("valid").ShouldBeTrue();

        var run = await ledger.Host.Services.GetRequiredService<RosterImporter>()
            .ImportAsync(RosterFixture.Csv(), "花名册.csv", "导入员", Guid.NewGuid(), null, CancellationToken.None);
        run.Imported.ShouldBeGreaterThan(0);
        await using var session = ledger.Store.QuerySession();
        var imported = await session.QueryAsync<Guid>("select stream_id from assistance.mt_events where user_name = '导入员'");
        imported.Count.ShouldBe(run.Imported);
        foreach (var id in imported) (await ledger.Host.VerifyCaseAsync(id)).Value<bool>("valid").ShouldBeTrue();
    }
}
