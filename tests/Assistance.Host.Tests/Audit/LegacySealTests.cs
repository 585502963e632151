using System.Text.Json.Nodes;
using Alba;
using Assistance.Host.Audit.Chain;
using Assistance.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using static Assistance.Host.Tests.Support.Households;

namespace Assistance.Host.Tests.Audit;

/// <summary>
/// A store from before the chain: its events carry no seals. Until sealed, verification says so (unsealed, not tampering);
/// the one-time seal step records their seals at rest, after which the case verifies as sealed on that day rather than at
/// append, later appends chain on, an edit of an old event is found, and an unsealed event written afterwards is not sealed
/// by running the step again.
/// </summary>
public class LegacySealTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private async Task<Guid> EnrolledCaseAsync()
    {
        ledger.Today(2025, 1, 20);
        var id = await ledger.Host.ApplyAsync(Application(Guid.NewGuid()));
        await ledger.Host.PostAsync(id, "commitments", Commitment());
        await ledger.Host.PostAsync(id, "assessments", Assessment());
        await ledger.Host.PostAsync(id, "decisions", new { decision = "Approve", effectiveMonth = "2025-02" }, user: TestUsers.Approver);
        return id;
    }

    private Task<SealReport> SealAsync(int day) =>
        ledger.Host.Services.GetRequiredService<LegacySealing>().RunAsync(new LocalDate(2026, 1, day), null, CancellationToken.None);

    [Fact]
    public async Task An_old_stream_verifies_as_unsealed_then_as_sealed_at_rest_and_a_later_edit_of_it_is_found()
    {
        // A store from before the chain had no anchor: one holding the old case's seals would rightly report their removal as an edit.
        await ledger.StartUpDailyJobDoneAsync();
        var old = await EnrolledCaseAsync();
        var oldEvents = (await ledger.Host.VerifyCaseAsync(old)).Value<long>("events");
        await ledger.Store.SqlAsync("update assistance.mt_events set headers = headers - 'chain'"); // the store as it was before the chain

        var unsealed = await ledger.Host.VerifyCaseAsync(old);
        unsealed.Value<bool>("valid").ShouldBeFalse();
        unsealed.Text("reason").ShouldBe("unsealed");
        unsealed.Value<long>("firstBrokenVersion").ShouldBe(1);

        var chained = await EnrolledCaseAsync(); // the chain starts with this case
        var first = await SealAsync(6);
        first.Streams.ShouldBeGreaterThanOrEqualTo(1);
        first.NotSealable.ShouldBeEmpty();

        var sealedAtRest = await ledger.Host.VerifyCaseAsync(old);
        sealedAtRest.Value<bool>("valid").ShouldBeTrue(sealedAtRest.ToJsonString());
        sealedAtRest.Text("sealedOn").ShouldBe("2026-01-06");
        sealedAtRest.Value<long>("sealedAtRestVersions").ShouldBe(oldEvents);
        sealedAtRest.Text("note").ShouldContain("非写入时封存");
        (await ledger.Host.VerifyCaseAsync(chained))["sealedOn"].ShouldBeNull();

        // Appends after the seal chain on; a second run seals nothing again.
        ledger.Today(2025, 7, 1);
        await ledger.Host.PostAsync(old, "reviews", new { reviewedOn = "2025-07-01", monthlyIncome = 700m });
        var appended = await ledger.Host.VerifyCaseAsync(old);
        appended.Value<bool>("valid").ShouldBeTrue();
        appended.Value<long>("events").ShouldBeGreaterThan(oldEvents);
        var again = await SealAsync(7);
        again.Streams.ShouldBe(0);
        again.AlreadySealed.ShouldBe(first.Streams);
        var store = await (await ledger.Host.Scenario(s => s.Get.Url("/api/audit/verify"))).ReadJsonNodeAsync();
        store.Value<bool>("valid").ShouldBeTrue(store.ToJsonString());
        store.Value<long>("sealedAtRest").ShouldBe(first.Streams);

        // An edit of an event sealed at rest is found at its version.
        await ledger.Store.EditOneByteAsync(old, 3);
        var edited = await ledger.Host.VerifyCaseAsync(old);
        edited.Text("reason").ShouldBe("edited");
        edited.Value<long>("firstBrokenVersion").ShouldBe(3);
        edited.Text("detail").ShouldContain("补封存");

        // An event written without a seal after the chain began is an insertion, and sealing again does not vouch for it.
        var last = (await ledger.Host.VerifyCaseAsync(chained)).Value<long>("events");
        await ledger.Store.SqlAsync("update assistance.mt_events set headers = headers - 'chain' where stream_id = ? and version = ?", chained, last);
        (await SealAsync(8)).Streams.ShouldBe(0);
        var inserted = await ledger.Host.VerifyCaseAsync(chained);
        inserted.Text("reason").ShouldBe("inserted");
        inserted.Value<long>("firstBrokenVersion").ShouldBe(last);
    }
}
