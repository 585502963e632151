using Alba;
using Assistance.Host.Tests.Support;
using NodaTime;
using static Assistance.Host.Tests.Worklists.CaseHistories;

namespace Assistance.Host.Tests.Worklists;

/// <summary>An administrator adds a year's holidays; deadlines counted afterwards skip them.</summary>
public class CalendarAdministrationTests(WorklistFixture ledger) : IClassFixture<WorklistFixture>
{
    private IAlbaHost Host => ledger.Host;

    [Fact]
    public async Task A_year_added_by_an_administrator_moves_deadlines_over_its_holidays()
    {
        await Host.Scenario(s =>
        {
            s.Put.Json(new { holidays = new[] { new { date = "2027-01-01", name = "元旦" }, new { date = "2027-01-02", name = "元旦" }, new { date = "2027-01-03", name = "元旦" } } })
                .ToUrl("/api/calendar/2027");
            s.StatusCodeShouldBeOk();
        });
        var years = (await (await Host.Scenario(s => s.Get.Url("/api/calendar"))).ReadJsonNodeAsync()).AsArray().Select(y => y!.Value<int>("year"));
        years.ShouldBe([2024, 2025, 2026, 2027]);

        // Thu 31 Dec 2026 + 3 WD: Fri 1 Jan is 元旦 2027, so Mon 4, Tue 5, Wed 6.
        ledger.Today(2026, 12, 31);
        var id = await ledger.Store.StartAsync(id => Applied(id, new LocalDate(2026, 12, 31), county: "140405", members: Person("蒋一鸣", "19790101", "801")));
        (await Host.ListAsync("pending-applications", "countyCode=140405")).RowOf(id)!.Text("dueOn").ShouldBe("2027-01-06");
    }

    [Fact]
    public async Task A_malformed_schedule_is_a_problem()
    {
        await Host.Scenario(s =>
        {
            s.Put.Json(new { holidays = new[] { new { date = "2028-02-30", name = "春节" } } }).ToUrl("/api/calendar/2028");
            s.StatusCodeShouldBe(400);
        });
        await Host.Scenario(s =>
        {
            s.Put.Json(new { holidays = new[] { new { date = "2029-05-01", name = "劳动节" } } }).ToUrl("/api/calendar/2028");
            s.StatusCodeShouldBe(400);
        });
    }
}
