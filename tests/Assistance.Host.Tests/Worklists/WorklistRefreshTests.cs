using System.Text.Json.Nodes;
using Alba;
using Assistance.Domain.Cases;
using Assistance.Domain.Worklists;
using Assistance.Host.Tests.Support;
using Assistance.Host.Worklists.DailyJob;
using Assistance.Host.Worklists.Refresh;
using NodaTime;
using Wolverine;
using Wolverine.Tracking;
using static Assistance.Host.Tests.Worklists.CaseHistories;
using DomainProgram = Assistance.Domain.Values.Program;

namespace Assistance.Host.Tests.Worklists;

/// <summary>
/// Worklists follow an administrator's change of a county's parameters or of the holiday calendar without any new event on the cases.
/// Each test uses its own county; amounts are the ones the new parameters give, so no 标准调整 event is recorded on the case.
/// </summary>
public class WorklistRefreshTests(WorklistFixture ledger) : IClassFixture<WorklistFixture>
{
    private IAlbaHost Host => ledger.Host;

    [Fact]
    public async Task Raising_the_standard_takes_a_household_off_should_exit_and_puts_a_marginal_family_on_possibly_eligible()
    {
        const string county = "140423";
        ledger.Today(2026, 3, 2);
        var head = Person("韩立春", "19750303", "601");
        var dibao = await ledger.Store.StartAsync(id => Applied(id, new LocalDate(2026, 3, 2), county: county, members: head),
            Committed(new LocalDate(2026, 3, 2)), Assessed(new LocalDate(2026, 3, 4), 650m),
            new EnrolmentApproved(DomainProgram.Dibao, new YearMonth(2026, 4), 50m, [head.IdNumber], "科长丙", null));
        var neighbour = Person("杨秋菊", "19760404", "602");
        var marginal = await ledger.Store.StartAsync(id => Applied(id, new LocalDate(2026, 3, 2), DomainProgram.Marginal, county, members: neighbour),
            Committed(new LocalDate(2026, 3, 2)), Assessed(new LocalDate(2026, 3, 4), 650m),
            Enrolled(new YearMonth(2026, 4), [neighbour], DomainProgram.Marginal));

        ledger.Today(2026, 3, 10);
        (await Host.ListAsync("should-exit", $"countyCode={county}")).RowOf(dibao).ShouldNotBeNull().Text("reason").ShouldContain("不低于低保标准 585.00 元");
        (await Host.ListAsync("possibly-eligible", $"countyCode={county}")).RowOf(marginal).ShouldBeNull();

        var put = await SetPolicyAsync(county, new { effectiveFrom = "2026-03", dibaoStandardRural = 700m, setBy = "县民政局", reason = "提标" });
        put.Value<int>("recalculatedCases").ShouldBe(0);

        (await Host.ListAsync("should-exit", $"countyCode={county}")).RowOf(dibao).ShouldBeNull();
        var row = (await Host.ListAsync("possibly-eligible", $"countyCode={county}")).RowOf(marginal).ShouldNotBeNull();
        row.Text("reason").ShouldContain("低于低保标准 700.00 元");
        (await ledger.Store.EventsAsync(dibao)).Count.ShouldBe(4);
    }

    [Fact]
    public async Task A_shorter_review_interval_moves_the_review_due_date()
    {
        const string county = "140425";
        ledger.Today(2026, 1, 6);
        var worker = Person("冯志强", "19800505", "603");
        var id = await ledger.Store.StartAsync(id => Applied(id, new LocalDate(2026, 1, 6), county: county, members: worker),
            Committed(new LocalDate(2026, 1, 6)), Assessed(new LocalDate(2026, 1, 7), 200m),
            new EnrolmentApproved(DomainProgram.Dibao, new YearMonth(2026, 2), 385m, [worker.IdNumber], "科长丙", null));
        ledger.Today(2026, 7, 6);
        await DailyChecksHandler.RunDayAsync(ledger.Store, new LocalDate(2026, 7, 6), CancellationToken.None);
        // Able-bodied of working age: every 6 months from February, so due 1 August.
        (await Host.ListAsync("reviews-due", $"countyCode={county}")).RowOf(id).ShouldNotBeNull().Text("dueOn").ShouldBe("2026-08-01");

        var put = await SetPolicyAsync(county, new { effectiveFrom = "2026-07", reviewMonthsUnstable = 3, setBy = "县民政局", reason = "加密复核" });
        put.Value<int>("recalculatedCases").ShouldBe(0);
        // Due 1 May now, and so overdue at once: the list does not wait for the daily job to record it.
        var row = (await Host.ListAsync("reviews-due", $"countyCode={county}")).RowOf(id).ShouldNotBeNull();
        row.Text("dueOn").ShouldBe("2026-05-01");
        row.Text("reason").ShouldContain("逾期");
        row.Value<int>("overdueDays").ShouldBe(66);
        await WorklistTalliesAgreement.ShouldAgreeAsync(ledger);
    }

    [Fact]
    public async Task Parameters_set_for_a_later_month_reach_the_lists_on_its_first_day()
    {
        const string county = "140426";
        ledger.Today(2026, 9, 7);
        var head = Person("马向东", "19750606", "604");
        var id = await ledger.Store.StartAsync(id => Applied(id, new LocalDate(2026, 9, 7), county: county, members: head),
            Committed(new LocalDate(2026, 9, 7)), Assessed(new LocalDate(2026, 9, 8), 650m),
            new EnrolmentApproved(DomainProgram.Dibao, new YearMonth(2026, 10), 50m, [head.IdNumber], "科长丙", null));

        ledger.Today(2026, 9, 14);
        (await SetPolicyAsync(county, new { effectiveFrom = "2026-10", dibaoStandardRural = 700m, setBy = "县民政局", reason = "十月提标" }))
            .Value<int>("recalculatedCases").ShouldBe(0);
        (await Host.ListAsync("should-exit", $"countyCode={county}")).RowOf(id).ShouldNotBeNull();

        ledger.Today(2026, 10, 1);
        var tracked = await Host.TrackActivity().Timeout(TimeSpan.FromMinutes(1))
            .InvokeMessageAndWaitAsync(new RunDailyChecks(new LocalDate(2026, 10, 1).ToDateOnly()));
        tracked.Executed.SingleMessage<RefreshWorklists>().CountyCode.ShouldBe(county);
        (await Host.ListAsync("should-exit", $"countyCode={county}")).RowOf(id).ShouldBeNull();
    }

    [Fact]
    public async Task Holidays_added_to_the_calendar_move_the_deadline_of_a_pending_application()
    {
        const string county = "140427";
        await SetHolidaysAsync(2027);
        ledger.Today(2026, 12, 31);
        var id = await ledger.Store.StartAsync(id => Applied(id, new LocalDate(2026, 12, 31), county: county, members: Person("谢晓光", "19790707", "605")));
        // Thu 31 Dec + 3 working days: Fri 1, Mon 4, Tue 5 January.
        (await Host.ListAsync("pending-applications", $"countyCode={county}")).RowOf(id).ShouldNotBeNull().Text("dueOn").ShouldBe("2027-01-05");

        await SetHolidaysAsync(2027, "2027-01-01", "2027-01-02", "2027-01-03");
        (await Host.ListAsync("pending-applications", $"countyCode={county}")).RowOf(id).ShouldNotBeNull().Text("dueOn").ShouldBe("2027-01-06");

        await Host.InvokeMessageAndWaitAsync(new RefreshWorklists(null));
        (await Host.ListAsync("pending-applications", $"countyCode={county}")).RowOf(id).ShouldNotBeNull().Text("dueOn").ShouldBe("2027-01-06");
    }

    /// <summary>PUT /api/calendar/{year} with these days off (元旦), waiting for the worklist refresh it asks for.</summary>
    private async Task SetHolidaysAsync(int year, params string[] holidays)
    {
        var tracked = await Host.TrackActivity().Timeout(TimeSpan.FromMinutes(1)).ExecuteAndWaitAsync((IMessageContext _) => Host.Scenario(s =>
        {
            s.Put.Json(new { holidays = holidays.Select(date => new { date, name = "元旦" }).ToArray() }).ToUrl($"/api/calendar/{year}");
            s.StatusCodeShouldBeOk();
        }));
        tracked.Executed.SingleMessage<RefreshWorklists>().CountyCode.ShouldBeNull();
    }

    /// <summary>PUT /api/counties/{code}/policy, waiting for the worklist refresh it asks for.</summary>
    private async Task<JsonNode> SetPolicyAsync(string county, object body)
    {
        IScenarioResult? result = null;
        var tracked = await Host.TrackActivity().Timeout(TimeSpan.FromMinutes(1)).ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ =>
            result = await Host.Scenario(s =>
            {
                s.Put.Json(body).ToUrl($"/api/counties/{county}/policy");
                s.StatusCodeShouldBeOk();
            })));
        tracked.Executed.SingleMessage<RefreshWorklists>().CountyCode.ShouldBe(county);
        return await result!.ReadJsonNodeAsync();
    }
}
