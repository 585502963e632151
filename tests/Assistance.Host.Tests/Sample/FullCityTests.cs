using Assistance.Domain.Cases;
using Alba;
using Assistance.Domain.Values;
using Assistance.Host.Outreach;
using Assistance.Host.Sample;
using Assistance.Host.Tests.Support;
using Assistance.Samples;
using Assistance.Samples.Screening;
using Marten;
using Marten.Events;
using NodaTime;

namespace Assistance.Host.Tests.Sample;

/// <summary>The article's city at full size, continued through October 2026 with its screening, generated and loaded once.</summary>
public class FullCityFixture : LedgerFixture, IAsyncLifetime
{
    public static readonly YearMonth Through = new(2026, 10);

    public SampleCity City { get; } = SampleCity.Generate(SampleCityOptions.Full with { Through = Through });
    public IReadOnlyList<SampleCase> Cases { get; private set; } = [];
    public LoadReport Report { get; private set; } = null!;
    public SampleScreening Screening => Report.Screening!;

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Cases = City.Cases().ToList();
        // One writer: batches committed out of order leave gaps in the event sequence that the running daemon may skip as
        // stale on a busy machine, and the statistics would miss those events.
        Report = await new SampleLoader(Store).LoadAsync(City, SampleLoadMode.Bulk, null, CancellationToken.None, writers: 1, generated: Cases);
        await CaughtUpAsync(TimeSpan.FromMinutes(10));
    }

    /// <summary>
    /// Every projection shard at the last event: right after a bulk COPY the daemon's high-water mark may not have seen the
    /// new events yet, and waiting for non-stale data alone can return early.
    /// </summary>
    private async Task CaughtUpAsync(TimeSpan timeout)
    {
        var last = (await Store.Advanced.FetchEventStoreStatistics()).EventSequenceNumber;
        var until = DateTime.UtcNow + timeout;
        while ((await Store.Advanced.AllProjectionProgress()).Where(s => !s.ShardName.StartsWith("HighWater", StringComparison.Ordinal))
               .Any(s => s.Sequence < last))
        {
            if (DateTime.UtcNow > until) throw new TimeoutException("投影未能在规定时间内追上事件");
            await Task.Delay(250);
        }
        await Store.WaitForNonStaleProjectionDataAsync(timeout);
    }
}

/// <summary>The article's city at full size (about 43,000 cases, 130,000 events) in a real ledger. Long-running, but it fits CI.</summary>
[Trait("Category", "LongRunning")]
public class FullCityTests(FullCityFixture ledger) : IClassFixture<FullCityFixture>
{
    private static readonly YearMonth Closing = ArticleFigures.ClosingMonth;

    [Fact]
    public async Task The_full_city_loaded_into_the_ledger_grows_927_persons_or_1_36_percent_with_every_county_positive()
    {
        ledger.Report.Cases.ShouldBe(ledger.City.Plan.Households);

        await using var session = ledger.Store.QuerySession();
        var growth = SampleCensus.Growth(await session.Query<HouseholdCase>().ToListAsync(), ArticleFigures.Baseline, Closing);
        var baseline = growth.Sum(g => g.BaselinePersons);
        var persons = growth.Sum(g => g.Persons);

        growth.Count.ShouldBe(12);
        growth.ShouldAllBe(g => g.NetGrowth > 0);
        baseline.ShouldBe(68_160);
        (persons - baseline).ShouldBe(927);
        Math.Round((decimal)(persons - baseline) / baseline, 4).ShouldBe(0.0136m);

        var answer = await ledger.Host.GrowthAsync("2024-12", "2025-11");
        answer["total"]!.Value<int>("baselinePersons").ShouldBe(68_160);
        answer["total"]!.Value<int>("persons").ShouldBe(69_087);
        answer["total"]!.Value<int>("netGrowth").ShouldBe(927);
        answer["total"]!.Value<decimal>("growthRate").ShouldBe(0.0136m);
        answer.Value<bool>("allCountiesPositive").ShouldBeTrue();
        answer["counties"]!.AsArray().Select(c => (c!.Value<string>("countyCode"), c!.Value<int>("netGrowth")))
            .ShouldBe(growth.Select(g => (g.CountyCode, g.NetGrowth)), ignoreOrder: true);
    }

    [Fact]
    public void The_full_city_writes_the_articles_figures_for_2025()
    {
        SampleCensus.Year2025(ledger.Cases).ShouldBe(new YearCounts(
            OnlineDibaoPersons: 7_292, IllnessPersons: 24, TekunPersons: 1_232, MarginalPersons: 1_113, TemporaryPersons: 4_456,
            RigidExpenditurePersons: 97));
    }

    [Fact]
    public async Task The_citys_24_illness_poverty_households_of_2025_are_counted_as_recognised_findings()
    {
        var recognised = 0;
        for (var month = new NodaTime.YearMonth(2025, 1); month <= new NodaTime.YearMonth(2025, 12); month = month.PlusMonths(1))
        {
            var result = await ledger.Host.Scenario(s =>
            {
                s.Get.Url($"/api/statistics/illness-poverty?month={month:yyyy-MM}");
                s.StatusCodeShouldBeOk();
            });
            recognised += (await result.ReadJsonNodeAsync()).AsArray().Sum(r => r!.Value<int>("newHouseholds"));
        }
        recognised.ShouldBe(ArticleFigures.IllnessPersons); // 单人保 each: one person, one household
    }

    [Fact]
    public async Task After_November_2025_the_city_lives_on_month_by_month_without_a_cliff()
    {
        var result = await ledger.Host.Scenario(s =>
        {
            s.Get.Url($"/api/statistics/trend?month={FullCityFixture.Through:yyyy-MM}&months=12&program=Dibao");
            s.StatusCodeShouldBeOk();
        });
        var points = (await result.ReadJsonNodeAsync())["points"]!.AsArray()
            .Select(p => (Month: p!.Text("month"), Persons: p.Value<int>("cityPersons"))).ToList();
        points[0].ShouldBe(("2025-11", 69_087));
        for (var i = 1; i < points.Count; i++)
            Math.Abs(points[i].Persons - points[i - 1].Persons).ShouldBeLessThanOrEqualTo(points[i - 1].Persons * 3 / 100,
                $"{points[i].Month}: {points[i - 1].Persons} → {points[i].Persons}");

        var events = ledger.Cases.SelectMany(c => c.Events)
            .Where(e => e.RecordedAt >= new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero)).ToList();
        events.ShouldAllBe(e => e.RecordedAt < new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));
        foreach (var month in events.GroupBy(e => (e.RecordedAt.Year, e.RecordedAt.Month)))
        {
            month.Count(e => e.Data is CaseReviewed).ShouldBeGreaterThan(100, $"{month.Key} reviews");
            month.Count(e => e.Data is CaseExited).ShouldBeGreaterThan(50, $"{month.Key} exits");
            month.Count(e => e.Data is EnrolmentApproved).ShouldBeGreaterThan(100, $"{month.Key} enrolments");
            month.Count(e => e.Data is TemporaryAssistanceGranted).ShouldBeGreaterThan(50, $"{month.Key} temporary grants");
        }
        events.Select(e => e.Data).OfType<CaseReviewed>().Select(r => r.Outcome).Distinct()
            .ShouldBe(Enum.GetValues<ReviewOutcome>(), ignoreOrder: true);
        events.Select(e => e.Data).OfType<CaseExited>().ShouldContain(e => e.Reason == ExitReason.GradualExitEnded);
    }

    [Fact]
    public async Task The_screening_has_the_articles_rosters_visits_and_villages_and_its_applications_are_counted_as_progress()
    {
        var screening = ledger.Screening;
        screening.SevereDisability.ShouldBe(ArticleFigures.SevereDisabilityRostered);
        screening.SuspectedNewPersons.ShouldBe(ArticleFigures.SuspectedNewSevereDisability);
        screening.Visited.ShouldBe(ArticleFigures.HouseholdsVisited);
        screening.VillagesVisited.ShouldBe(ArticleFigures.VillagesVisited);
        screening.Visits.ShouldAllBe(v => v.VisitedOn >= ContinuationFigures.VisitsFrom && v.VisitedOn <= ContinuationFigures.VisitsTo);
        var applicants = ledger.Cases.Where(c => c.Path == HouseholdPath.OutreachDisability).ToList();
        screening.Applied.ShouldBe(applicants.Count);
        screening.Applied.ShouldBe(ContinuationFigures.OutreachApplicants);
        screening.Enrolled.ShouldBe(applicants.Count(c => c.Events.Any(e => e.Data is EnrolmentApproved)));
        screening.Enrolled.ShouldBeGreaterThan(0);

        await using (var session = ledger.Store.QuerySession())
        {
            (await session.Query<RosteredPerson>().CountAsync(p => p.Sources.Contains(SampleScreening.DisabilityFederation)
                || p.Sources.Contains(SampleScreening.SuspectedNew))).ShouldBe(ArticleFigures.SevereDisabilityRostered);
            (await session.Query<RosteredPerson>().CountAsync(p => p.Sources.Contains(SampleScreening.SuspectedNew)))
                .ShouldBe(ArticleFigures.SuspectedNewSevereDisability);
            (await session.Query<RosteredPerson>().CountAsync(p => p.EnrolledOn != null)).ShouldBe(screening.Enrolled);
            (await session.Query<RosteredPerson>().CountAsync(p => p.AppliedCaseId != null)).ShouldBe(screening.Applied);
        }

        var result = await ledger.Host.Scenario(s =>
        {
            s.Get.Url($"/api/outreach/progress?from={ContinuationFigures.RostersUploadedOn:yyyy-MM-dd}&to=2026-02-28");
            s.StatusCodeShouldBeOk();
        });
        var rows = (await result.ReadJsonNodeAsync())["rows"]!.AsArray().Select(r => r!).ToList();
        var lastWeek = rows.Max(r => r.Text("week"));
        rows.Where(r => r.Text("week") == lastWeek).Sum(r => r.Value<int>("rostered")).ShouldBe(screening.Listings.Count());
        rows.Where(r => r.Text("week") == lastWeek).Sum(r => r.Value<int>("reachedSoFar")).ShouldBe(ArticleFigures.HouseholdsVisited);
        rows.Sum(r => r.Value<int>("visited")).ShouldBe(ArticleFigures.HouseholdsVisited);
        rows.Sum(r => r.Value<int>("reached")).ShouldBe(ArticleFigures.HouseholdsVisited);
        rows.Sum(r => r.Value<int>("applied")).ShouldBe(screening.Applied);
        rows.Sum(r => r.Value<int>("enrolled")).ShouldBe(screening.Enrolled);

        var worklist = await ledger.Host.Scenario(s =>
        {
            s.Get.Url("/api/worklists/outreach?pageSize=1");
            s.StatusCodeShouldBeOk();
        });
        var open = (await worklist.ReadJsonNodeAsync()).Value<int>("total");
        open.ShouldBeGreaterThanOrEqualTo(screening.Visited - screening.Applied);
        open.ShouldBeLessThanOrEqualTo(screening.Listings.Count() - screening.Enrolled);
    }
}
