using System.Text.Json.Nodes;
using Alba;
using Assistance.Host.Tests.Support;
using NodaTime;

namespace Assistance.Host.Tests.Audit;

/// <summary>Every kind of tampering at once on an anchored store: each found, on its case, at its version, for its reason.</summary>
public class StoreTamperTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    [Fact]
    public async Task Each_kind_of_tampering_is_reported_on_its_case_and_version_and_the_untouched_case_is_not()
    {
        var ids = await ledger.EnrolCasesAsync(6);
        await ledger.AnchorAsync(new LocalDate(2026, 2, 2));
        var lastVersions = new Dictionary<Guid, long>();
        foreach (var id in ids)
            lastVersions[id] = (await (await ledger.Host.Scenario(s => s.Get.Url($"/api/households/{id}/verify"))).ReadJsonNodeAsync()).Value<long>("events");
        var (edited, middle, last, deleted, forged, untouched) = (ids[0], ids[1], ids[2], ids[3], ids[4], ids[5]);

        await ledger.Store.EditOneByteAsync(edited, 3);
        await ledger.Store.DeleteEventAsync(middle, 2);
        await ledger.Store.DeleteLastEventCoveringTracksAsync(last);
        await ledger.Store.DeleteStreamAsync(deleted);
        await ledger.Store.ForgeNextEventAsync(forged, copyOf: 2);

        var verdict = await ledger.VerifyStoreAsync();
        verdict.Value<bool>("valid").ShouldBeFalse();
        var broken = verdict["broken"]!.AsArray().ToDictionary(b => b!.Value<Guid>("id"), b => b!);
        broken.Keys.ShouldBe([edited, middle, last, deleted, forged], ignoreOrder: true);
        ShouldBe(broken[edited], 3, "edited");
        ShouldBe(broken[middle], 2, "missing");
        ShouldBe(broken[last], lastVersions[last], "missing");
        ShouldBe(broken[deleted], 1, "deleted");
        ShouldBe(broken[forged], lastVersions[forged] + 1, "edited");
        broken.ShouldNotContainKey(untouched);
        // Deleted events also change the count the anchor holds.
        verdict["anchor"]!.Value<bool>("valid").ShouldBeFalse();

        // The per-case check agrees, including a case deleted whole (known only from its anchored head).
        var deletedCase = await (await ledger.Host.Scenario(s => s.Get.Url($"/api/households/{deleted}/verify"))).ReadJsonNodeAsync();
        deletedCase.Text("reason").ShouldBe("deleted");
    }

    private static void ShouldBe(JsonNode broken, long version, string reason)
    {
        broken.Value<long>("firstBrokenVersion").ShouldBe(version, broken.ToJsonString());
        broken.Text("reason").ShouldBe(reason, broken.ToJsonString());
    }
}
