using System.Text.Json.Nodes;
using Alba;
using Assistance.Host.Tests.Support;
using static Assistance.Host.Tests.Support.Households;

namespace Assistance.Host.Tests.Audit;

public class AuditTrailTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private async Task<JsonNode> AuditAsync(Guid id, long? upTo = null) => await (await ledger.Host.Scenario(s =>
    {
        s.Get.Url(upTo is null ? $"/api/households/{id}/audit" : $"/api/households/{id}/audit?upToVersion={upTo}");
        s.StatusCodeShouldBeOk();
    })).ReadJsonNodeAsync();

    [Fact]
    public async Task A_noted_digest_proves_later_that_nothing_before_it_was_rewritten()
    {
        ledger.Today(2025, 1, 20);
        var id = await ledger.Host.ApplyAsync();
        await ledger.Host.PostAsync(id, "commitments", Commitment());
        await ledger.Host.PostAsync(id, "assessments", Assessment());
        var noted = await AuditAsync(id);
        noted.Value<long>("version").ShouldBe(3);
        noted["events"]!.AsArray().Select(e => e!.Text("actor")).ShouldBe(["经办员张（caseworker）", "经办员张（caseworker）", "经办员张（caseworker）"]);

        // Later work appends; the first three events still give the noted digest.
        await ledger.Host.PostAsync(id, "decisions", new { decision = "Reject", effectiveMonth = "2025-01", reason = "收入超过标准", decidedBy = "科长赵" });
        (await AuditAsync(id)).Value<long>("version").ShouldBe(4);
        (await AuditAsync(id, 3)).Text("digest").ShouldBe(noted.Text("digest"));

        // Someone edits the stored assessment behind the ledger's back: the digest no longer matches.
        await using (var session = ledger.Store.LightweightSession())
        {
            session.QueueSqlCommand("update assistance.mt_events set data = jsonb_set(data, '{monthlyIncome}', '1') where stream_id = ? and version = 3", id);
            await session.SaveChangesAsync();
        }
        (await AuditAsync(id, 3)).Text("digest").ShouldNotBe(noted.Text("digest"));
        (await AuditAsync(id, 2)).Text("digest").ShouldBe(noted["events"]![1]!.Text("hash"));
    }

    [Theory]
    [InlineData("0", 400)]
    [InlineData("-3", 400)]
    [InlineData("abc", 400)]
    [InlineData("2", 404)]
    public async Task A_version_the_case_does_not_have_is_a_problem_not_another_digest(string upTo, int status)
    {
        ledger.Today(2025, 1, 20);
        var id = await ledger.Host.ApplyAsync();
        var result = await ledger.Host.Scenario(s =>
        {
            s.Get.Url($"/api/households/{id}/audit?upToVersion={upTo}");
            s.StatusCodeShouldBe(status);
            s.ContentTypeShouldBe("application/problem+json");
        });
        var problem = await result.ReadJsonNodeAsync();
        problem.Text("title").ShouldNotBe("案件不存在");
        if (status == 400) problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["upToVersion"]);
    }
}
