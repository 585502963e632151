using Assistance.Host.Cases;
using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Host.Sample;
using Assistance.Domain.Worklists;
using Assistance.Host.Tests.Support;
using Assistance.Host.Tests.Worklists;
using Assistance.Samples;
using Marten;
using Marten.Events;
using NodaTime;

namespace Assistance.Host.Tests.Sample;

/// <summary>A ledger with a reduced sample city loaded once through Marten's bulk path.</summary>
public class ReducedCityFixture : LedgerFixture, IAsyncLifetime
{
    public static readonly SampleCityOptions Options = new(Scale: 0.05);

    public SampleCity City { get; } = SampleCity.Generate(Options);
    public LoadReport Report { get; private set; } = null!;

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Report = await new SampleLoader(Store).LoadAsync(City, SampleLoadMode.Bulk, null, CancellationToken.None, casesPerBatch: 500);
    }
}

/// <summary>The reduced city counted back from the case snapshots in the database.</summary>
public class SampleLoadTests(ReducedCityFixture ledger) : IClassFixture<ReducedCityFixture>
{
    [Fact]
    public async Task A_loaded_reduced_city_has_every_county_growing_and_the_city_at_its_target()
    {
        ledger.Report.ShouldBe(ledger.Report with { Cases = ledger.City.Plan.Households, AlreadyLoaded = false });
        var snapshots = await AllCasesAsync();
        snapshots.Count.ShouldBe(ledger.City.Plan.Households);
        var growth = SampleCensus.Growth(snapshots, new YearMonth(2024, 12), new YearMonth(2025, 11));
        growth.ShouldAllBe(g => g.NetGrowth > 0);
        growth.Sum(g => g.NetGrowth).ShouldBe(ledger.City.Plan.NetGrowth);
        growth.Sum(g => g.BaselinePersons).ShouldBe(ledger.City.Plan.BaselinePersons);
    }

    [Fact]
    public async Task The_growth_endpoint_reports_the_reduced_citys_growth_with_every_county_positive()
    {
        await ledger.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(2));
        var answer = await ledger.Host.GrowthAsync("2024-12", "2025-11");
        answer["total"]!.Value<int>("baselinePersons").ShouldBe(ledger.City.Plan.BaselinePersons);
        answer["total"]!.Value<int>("netGrowth").ShouldBe(ledger.City.Plan.NetGrowth);
        answer.Value<bool>("allCountiesPositive").ShouldBeTrue();
    }

    [Fact]
    public async Task Loading_the_same_sample_again_adds_nothing()
    {
        var again = await new SampleLoader(ledger.Store).LoadAsync(SampleCity.Generate(ReducedCityFixture.Options), SampleLoadMode.Bulk, null,
            CancellationToken.None);
        again.AlreadyLoaded.ShouldBeTrue();
        (await AllCasesAsync()).Count.ShouldBe(ledger.City.Plan.Households);
    }

    [Fact]
    public async Task Bulk_loaded_snapshots_equal_the_stream_replayed_and_keep_the_samples_recorded_times()
    {
        var exited = ledger.City.Cases().First(c => c.Path == HouseholdPath.RosterExit);

        await using var session = ledger.Store.QuerySession();
        var snapshot = (await session.LoadAsync<HouseholdCase>(exited.Id))!;
        var replayed = (await session.Events.AggregateStreamAsync<HouseholdCase>(exited.Id))!;
        snapshot.Status.ShouldBe(CaseStatus.Exited);
        snapshot.Version.ShouldBe(exited.Events.Count);
        snapshot.Segments.ShouldBe(replayed.Segments);
        snapshot.EnrolledIdNumbers.ShouldBe(replayed.EnrolledIdNumbers);

        var events = await session.Events.FetchStreamAsync(exited.Id);
        events.Select(e => e.Timestamp).ShouldBe(exited.Events.Select(e => e.RecordedAt));
        events[0].UserName.ShouldBe("存量迁移");
        foreach (var member in snapshot.Members)
            (await CasesOfPerson.ListAsync(session, member.IdNumber, CancellationToken.None)).Select(c => c.Id).ShouldContain(exited.Id);
    }

    [Fact]
    public async Task A_bulk_loaded_case_takes_the_next_command_at_the_right_version()
    {
        var stays = ledger.City.Cases().First(c => c.Path == HouseholdPath.Roster);
        var version = await ledger.Host.PostAsync(stays.Id, "exits", new { reason = "MovedAway", effectiveMonth = "2025-12", decidedBy = "民政局" });
        // The daily job or the duplicate check may have noted something on the case since the load, so the stream, not the
        // sample, says how many events came before the exit: the loaded ones first, the exit last, at the version answered.
        await using var query = ledger.Store.QuerySession();
        var stream = await query.Events.FetchStreamAsync(stays.Id);
        version.ShouldBe(stream.Count);
        stream.Take(stays.Events.Count).Select(e => e.Data.GetType()).ShouldBe(stays.Events.Select(e => e.Data.GetType()));
        stream[^1].Data.ShouldBeOfType<CaseExited>();
        (await ledger.Host.GetCaseAsync(stays.Id)).Value<string>("status").ShouldBe("Exited");
    }

    [Fact]
    public async Task Every_enrolled_case_whose_review_date_has_passed_is_on_reviews_due_once_the_projections_catch_up()
    {
        await ledger.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(2));
        var today = LocalDate.FromDateTime(ledger.Clock.GetUtcNow().UtcDateTime);
        const string county = "140429";
        var due = (await AllCasesAsync()).Where(c => c.CountyCode == county && c.Program != Assistance.Domain.Values.Program.Marginal)
            .Select(c => ScheduledReview.DueOn(c, WorklistPolicy.Defaults))
            .Where(d => d is { } on && ScheduledReview.WindowOpensOn(on, WorklistPolicy.Defaults) <= today).ToList();
        due.Count(d => d < today).ShouldBeGreaterThan(0);

        var page = await ledger.Host.ListAsync("reviews-due", $"countyCode={county}&pageSize=200");
        page.Value<int>("total").ShouldBe(due.Count);
        var first = page.Rows().First();
        first.Value<int>("overdueDays").ShouldBe(Period.DaysBetween(LocalDate.FromDateTime(DateTime.Parse(first.Text("dueOn"))), today));
        first.Value<int>("overdueDays").ShouldBeGreaterThan(0);

        // Days pass without any event: the same case is ten days more overdue.
        var now = ledger.Clock.GetUtcNow();
        ledger.Clock.AdjustTime(now.AddDays(10));
        try
        {
            var later = (await ledger.Host.ListAsync("reviews-due", $"countyCode={county}&pageSize=200")).RowOf(first.Value<Guid>("caseId"))!;
            later.Value<int>("overdueDays").ShouldBe(first.Value<int>("overdueDays") + 10);
        }
        finally
        {
            ledger.Clock.AdjustTime(now);
        }
    }

    private async Task<IReadOnlyList<HouseholdCase>> AllCasesAsync()
    {
        await using var session = ledger.Store.QuerySession();
        return await session.Query<HouseholdCase>().ToListAsync();
    }
}

/// <summary>The ordinary append path (sessions, inline snapshots) gives the city of the plan.</summary>
public class SampleSessionLoadTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    [Fact]
    public Task Loading_through_sessions_gives_the_counts_of_the_plan() => SampleLoadPaths.LoadAndCountAsync(ledger, SampleLoadMode.Sessions);
}

/// <summary>Bulk COPY with Marten rebuilding the snapshots gives the city of the plan.</summary>
public class SampleRebuildLoadTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    [Fact]
    public Task Loading_in_bulk_then_rebuilding_gives_the_counts_of_the_plan() => SampleLoadPaths.LoadAndCountAsync(ledger, SampleLoadMode.BulkThenRebuild);
}

public static class SampleLoadPaths
{
    public static async Task LoadAndCountAsync(LedgerFixture ledger, SampleLoadMode mode)
    {
        var city = SampleCity.Generate(new SampleCityOptions(Scale: 0.02));
        var report = await new SampleLoader(ledger.Store).LoadAsync(city, mode, null, CancellationToken.None, casesPerBatch: 200);
        report.Cases.ShouldBe(city.Plan.Households);

        await using var session = ledger.Store.QuerySession();
        var growth = SampleCensus.Growth(await session.Query<HouseholdCase>().ToListAsync(), new YearMonth(2024, 12), new YearMonth(2025, 11));
        growth.ShouldAllBe(g => g.NetGrowth > 0);
        growth.Sum(g => g.NetGrowth).ShouldBe(city.Plan.NetGrowth);
        growth.Sum(g => g.BaselinePersons).ShouldBe(city.Plan.BaselinePersons);
    }
}
