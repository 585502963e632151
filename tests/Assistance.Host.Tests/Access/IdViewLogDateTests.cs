using Alba;
using Assistance.Host.Access;
using Assistance.Host.Tests.Statistics;
using Assistance.Host.Tests.Support;
using NodaTime;

namespace Assistance.Host.Tests.Access;

/// <summary>
/// The full-ID view log's date range is the office day (China Standard Time) of each view, filtered in the query; a view stored
/// before the log kept a day key is still placed by its instant.
/// </summary>
public class IdViewLogDateTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    [Fact]
    public async Task Views_are_listed_by_their_office_day()
    {
        ledger.Today(2025, 3, 10);
        var id = await ledger.Host.ApplyAsync(Households.Application(Guid.NewGuid()));
        var caseworker = TestUsers.CaseworkerOf("140429");
        async Task ViewAsync() => await ledger.Host.Scenario(s => { s.Get.Url($"/api/households/{id}?showIdNumbers=true"); s.As(caseworker); s.StatusCodeShouldBeOk(); });

        await ViewAsync();                                                                   // 2025-03-10 10:00
        ledger.Clock.AdjustTime(new DateTimeOffset(2025, 3, 12, 15, 30, 0, TimeSpan.Zero));
        await ViewAsync();                                                                   // 2025-03-12 23:30 in the office, still the 12th
        ledger.Clock.AdjustTime(new DateTimeOffset(2025, 3, 12, 16, 30, 0, TimeSpan.Zero));
        await ViewAsync();                                                                   // 2025-03-13 00:30 in the office
        await using (var session = ledger.Store.LightweightSession())
        {
            session.Store(new IdView(Guid.NewGuid(), "old", "旧记录", Instant.FromUtc(2025, 3, 11, 2, 0), "140429", id, null));
            await session.SaveChangesAsync();
        }

        async Task<int> CountAsync(string query) => (await ledger.Host.GetJsonAsync($"/api/audit/id-views?countyCode=140429{query}")).AsArray().Count;
        (await CountAsync("")).ShouldBe(4);
        (await CountAsync("&from=2025-03-12&to=2025-03-12")).ShouldBe(1);
        (await CountAsync("&from=2025-03-13")).ShouldBe(1);
        (await CountAsync("&to=2025-03-11")).ShouldBe(2);
        (await CountAsync("&from=2025-03-11&to=2025-03-11")).ShouldBe(1);
    }
}
