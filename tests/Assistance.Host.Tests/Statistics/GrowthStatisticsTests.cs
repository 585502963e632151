using Alba;
using Assistance.Host.Tests.Support;

namespace Assistance.Host.Tests.Statistics;

/// <summary>"12个县区全部实现正增长": growth against a baseline month for every county, and what one late-recorded exit does to it.</summary>
public class GrowthStatisticsTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private static readonly string[] Counties =
        ["140403", "140404", "140405", "140406", "140423", "140425", "140426", "140427", "140428", "140429", "140430", "140431"];

    private IAlbaHost Host => ledger.Host;

    [Fact]
    public async Task All_counties_positive_until_a_late_exit_takes_one_back_below_its_baseline()
    {
        ledger.Today(2025, 1, 10);
        var first = new Dictionary<string, Guid>();
        foreach (var (county, i) in Counties.Select((c, i) => (c, i)))
        {
            first[county] = await Host.EnrolAsync(county, i % 2 == 0 ? "Urban" : "Rural", "2024-12", 2);
            await Host.EnrolAsync(county, "Rural", "2025-01", 1 + i % 3);
        }
        await Host.WaitForStatisticsAsync();

        var growth = await Host.GetJsonAsync("/api/statistics/growth?baseline=2024-12&month=2025-01&program=Dibao");
        growth.Value<bool>("allCountiesPositive").ShouldBeTrue();
        var counties = growth["counties"]!.AsArray();
        counties.Select(c => c!.Value<int>("netGrowth")).ShouldBe(Counties.Select((_, i) => 1 + i % 3));
        counties[0]!.Value<decimal>("growthRate").ShouldBe(0.5m);
        counties[2]!.Value<decimal>("growthRate").ShouldBe(1.5m);
        growth.Value<int>("total.baselinePersons").ShouldBe(24);
        growth.Value<int>("total.persons").ShouldBe(24 + 24);
        growth.Value<decimal>("total.growthRate").ShouldBe(1m);

        // Recorded later, effective January: 武乡县 loses its first household (2 persons), more than it gained (1).
        ledger.Today(2025, 2, 3);
        await Host.ExitAsync(first["140429"], "MovedAway", "2025-01");
        await Host.WaitForStatisticsAsync();

        growth = await Host.GetJsonAsync("/api/statistics/growth?baseline=2024-12&month=2025-01");
        growth.Value<bool>("allCountiesPositive").ShouldBeFalse();
        var wuxiang = growth["counties"]!.AsArray().Single(c => c!.Text("countyCode") == "140429")!;
        (wuxiang.Value<int>("baselinePersons"), wuxiang.Value<int>("persons"), wuxiang.Value<int>("netGrowth"), wuxiang.Value<decimal>("growthRate"))
            .ShouldBe((2, 1, -1, -0.5m));
        growth.Value<int>("total.netGrowth").ShouldBe(22);
        growth.Value<decimal>("total.growthRate").ShouldBe(0.9167m);
    }
}
