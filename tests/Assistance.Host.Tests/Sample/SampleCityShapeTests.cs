using Assistance.Domain.Values;
using Assistance.Samples;
using NodaTime;

namespace Assistance.Host.Tests.Sample;

/// <summary>The generated city, counted from its own events without a database: the article's figures and shape.</summary>
public class SampleCityShapeTests
{
    private static readonly YearMonth Baseline = new(2024, 12);
    private static readonly YearMonth November = new(2025, 11);

    [Fact]
    public void Continuing_the_city_past_2025_leaves_every_event_of_2025_as_it_was()
    {
        static Dictionary<Guid, string> Until(SampleCityOptions options, DateTimeOffset end) => SampleCity.Generate(options).Cases()
            .ToDictionary(c => c.Id, c => string.Join("|", c.Events.Where(e => e.RecordedAt < end).Select(e => $"{e.RecordedAt:O}/{e.Actor}/{e.Data}")));
        var december = new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero);

        var alone = Until(new SampleCityOptions(Scale: 0.05), december);
        var continued = Until(new SampleCityOptions(Scale: 0.05, Through: new YearMonth(2026, 10)), december);

        continued.Where(c => alone.ContainsKey(c.Key)).ToDictionary().ShouldBe(alone);
        continued.Count.ShouldBeGreaterThan(alone.Count);
    }

    [Fact]
    public void A_reduced_city_keeps_the_shape_every_county_grows_and_the_city_grows_by_its_scaled_target()
    {
        var options = new SampleCityOptions(Scale: 0.05);
        var city = SampleCity.Generate(options);
        var growth = SampleCensus.Growth(city.Cases().Select(c => CaseFold.Fold(c.Events.Select(e => e.Data))), Baseline, November);

        growth.ShouldAllBe(g => g.NetGrowth > 0);
        growth.Sum(g => g.NetGrowth).ShouldBe(city.Plan.NetGrowth);
        growth.Select(g => g.NetGrowth).ShouldBe(city.Plan.Counties.Select(c => c.Figures.NetGrowth));
        city.Plan.NetGrowth.ShouldBe(ArticleFigures.Counties.Sum(c => Math.Max(1, options.Scaled(c.NetGrowth))));
    }

    [Fact]
    public void The_same_seed_gives_the_same_city_and_another_seed_another()
    {
        static List<string> Fingerprint(int seed) => SampleCity.Generate(new SampleCityOptions(seed, 0.02)).Cases()
            .Select(c => $"{c.Id}|{c.Events.Count}|{string.Join(",", CaseFold.Fold(c.Events.Select(e => e.Data)).Members.Select(m => m.IdNumber))}")
            .ToList();

        Fingerprint(7).ShouldBe(Fingerprint(7));
        Fingerprint(8).ShouldNotBe(Fingerprint(7));
    }

    [Fact]
    public void Every_sample_person_has_a_valid_id_number_of_the_cases_county_and_appears_once()
    {
        var members = SampleCity.Generate(new SampleCityOptions(Scale: 0.05)).Cases()
            .SelectMany(c => CaseFold.Fold(c.Events.Select(e => e.Data)).Members.Select(m => (c.CountyCode, m.IdNumber)))
            .ToList();

        members.ShouldAllBe(m => IdNumber.Check(m.IdNumber) == null && m.IdNumber.StartsWith(m.CountyCode));
        members.Select(m => m.IdNumber).Distinct().Count().ShouldBe(members.Count);
    }

    [Fact]
    public void The_province_plan_has_a_million_households_and_the_articles_figures_scaled_exactly()
    {
        var plan = SamplePlanner.Plan(SampleCityOptions.Province());
        plan.Households.ShouldBeGreaterThanOrEqualTo(1_000_000);
        plan.Counties.Sum(c => c.Online).ShouldBe(SampleCityOptions.Province().Scaled(ArticleFigures.OnlineDibaoPersons));
        plan.Counties.Sum(c => c.Temporary).ShouldBe(SampleCityOptions.Province().Scaled(ArticleFigures.TemporaryPersons));
        plan.Counties.ShouldAllBe(c => c.Figures.NetGrowth > 0 && c.Exits > 0);
    }
}
