using Alba;
using Assistance.Host.Access;
using Assistance.Host.Tests.Support;
using static Assistance.Host.Tests.Support.Households;

namespace Assistance.Host.Tests.Audit;

/// <summary>The whole store's verification names broken cases to the auditors of their county only; others learn how many.</summary>
public class StoreVerificationScopeTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    [Fact]
    public async Task An_auditor_of_one_county_is_told_the_store_is_broken_but_not_which_case_of_another_county()
    {
        var inFanshi = (await ledger.EnrolCasesAsync(1))[0];
        var inHuguan = await ledger.Host.ApplyAsync(Application(Guid.NewGuid(), county: "140403"));
        foreach (var id in new[] { inFanshi, inHuguan })
            await ledger.Store.SqlAsync("update assistance.mt_events set data = jsonb_set(data, '{appliedOn}', '\"2025-01-07\"') where stream_id = ? and version = 1", id);

        var huguan = await VerifyAsAsync(TestUsers.AuditorOf("140403"));
        huguan.Valid.ShouldBeFalse();
        huguan.Broken.ShouldBe([inHuguan]);
        huguan.Elsewhere.ShouldBe(1);

        var fanshi = await VerifyAsAsync(TestUsers.AuditorOf("140429"));
        fanshi.Broken.ShouldBe([inFanshi]);
        fanshi.Elsewhere.ShouldBe(1);

        var city = await VerifyAsAsync(TestUsers.Auditor);
        city.Broken.ShouldBe([inFanshi, inHuguan], ignoreOrder: true);
        city.Elsewhere.ShouldBe(0);
    }

    private async Task<(bool Valid, List<Guid> Broken, long Elsewhere)> VerifyAsAsync(LedgerUser auditor)
    {
        var verdict = await (await ledger.Host.Scenario(s =>
        {
            s.Get.Url("/api/audit/verify");
            s.As(auditor);
            s.StatusCodeShouldBeOk();
        })).ReadJsonNodeAsync();
        return (verdict.Value<bool>("valid"), verdict["broken"]!.AsArray().Select(b => b!.Value<Guid>("id")).ToList(), verdict.Value<long>("brokenElsewhere"));
    }
}
