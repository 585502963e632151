using Assistance.Domain.Cases;
using Assistance.Host.Sample;
using Assistance.Host.Tests.Support;
using Assistance.Samples;
using Marten;
using Marten.Events;
using NodaTime;

namespace Assistance.Host.Tests.Sample;

/// <summary>The article's city at full size (about 40,000 cases) in a real ledger. Long-running, but it fits CI.</summary>
[Trait("Category", "LongRunning")]
public class FullCityTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    [Fact]
    public async Task The_full_city_loaded_into_the_ledger_grows_927_persons_or_1_36_percent_with_every_county_positive()
    {
        var city = SampleCity.Generate(SampleCityOptions.Full);
        var report = await new SampleLoader(ledger.Store).LoadAsync(city, SampleLoadMode.Bulk, null, CancellationToken.None);
        report.Cases.ShouldBe(city.Plan.Households);

        await using var session = ledger.Store.QuerySession();
        var growth = SampleCensus.Growth(await session.Query<HouseholdCase>().ToListAsync(), new YearMonth(2024, 12), new YearMonth(2025, 11));
        var baseline = growth.Sum(g => g.BaselinePersons);
        var persons = growth.Sum(g => g.Persons);

        growth.Count.ShouldBe(12);
        growth.ShouldAllBe(g => g.NetGrowth > 0);
        baseline.ShouldBe(68_160);
        (persons - baseline).ShouldBe(927);
        Math.Round((decimal)(persons - baseline) / baseline, 4).ShouldBe(0.0136m);

        await ledger.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(10));
        var answer = await ledger.Host.GrowthAsync("2024-12", "2025-11");
        answer["total"]!.Value<int>("baselinePersons").ShouldBe(68_160);
        answer["total"]!.Value<int>("persons").ShouldBe(69_087);
        answer["total"]!.Value<int>("netGrowth").ShouldBe(927);
        answer["total"]!.Value<decimal>("growthRate").ShouldBe(0.0136m);
        answer.Value<bool>("allCountiesPositive").ShouldBeTrue();
        answer["counties"]!.AsArray().Select(c => (c!.Value<string>("countyCode"), c!.Value<int>("netGrowth")))
            .ShouldBe(growth.Select(g => (g.CountyCode, g.NetGrowth)), ignoreOrder: true);
    }
}
