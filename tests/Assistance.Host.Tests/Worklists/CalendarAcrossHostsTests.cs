using System.Text.Json.Nodes;
using Alba;
using Assistance.Host.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using static Assistance.Host.Tests.Worklists.CaseHistories;

namespace Assistance.Host.Tests.Worklists;

/// <summary>
/// The holiday calendar is data: a year stored through one node counts everywhere on the database — in the endpoints of the
/// other nodes and in the worklist projection, whichever node runs it.
/// </summary>
public class CalendarAcrossHostsTests(WorklistFixture ledger) : IClassFixture<WorklistFixture>
{
    private const string County = "140431";

    [Fact]
    public async Task A_year_stored_through_one_host_is_seen_by_a_second_host_on_the_same_database()
    {
        ledger.Today(2026, 12, 31);
        // Thu 31 Dec + 3 working days: Fri 1, Mon 4, Tue 5 January while 2027 has no schedule.
        var before = await ledger.Store.StartAsync(id => Applied(id, new LocalDate(2026, 12, 31), county: County, members: Person("邓春晖", "19790909", "611")));
        (await ledger.Host.ListAsync("pending-applications", $"countyCode={County}")).RowOf(before).Text("dueOn").ShouldBe("2027-01-05");

        // A second node on the same database that serves requests only; the first one runs the projections.
        await using var second = await WorklistFixture.StartAsync(ledger.ConnectionString, ledger.Clock, dailyChecks: false, runsProjections: false);
        await second.Scenario(s =>
        {
            s.Put.Json(new { holidays = new[] { "2027-01-01", "2027-01-02", "2027-01-03" }.Select(date => new { date, name = "元旦" }) })
                .ToUrl("/api/calendar/2027");
            s.StatusCodeShouldBeOk();
        });

        var years = (await (await ledger.Host.Scenario(s => s.Get.Url("/api/calendar"))).ReadJsonNodeAsync()).AsArray().Select(y => y.Value<int>("year"));
        years.ShouldContain(2027);
        // The stored list is recounted (Fri 1 Jan is 元旦 now: Mon 4, Tue 5, Wed 6), and a new application is projected with the new year.
        (await EventuallyDueOnAsync(before, "2027-01-06")).ShouldBe("2027-01-06");
        var after = await second.Services.GetRequiredService<IDocumentStore>().StartAsync(id =>
            Applied(id, new LocalDate(2026, 12, 31), county: County, members: Person("邓秋实", "19800101", "612")));
        (await ledger.Host.ListAsync("pending-applications", $"countyCode={County}")).RowOf(after).Text("dueOn").ShouldBe("2027-01-06");
    }

    /// <summary>The case's deadline on the list, once it is <paramref name="expected"/> or after the refresh has had ample time.</summary>
    private async Task<string> EventuallyDueOnAsync(Guid caseId, string expected)
    {
        var giveUpAt = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var dueOn = (await ledger.Host.ListAsync("pending-applications", $"countyCode={County}")).RowOf(caseId).Text("dueOn");
            if (dueOn == expected || DateTime.UtcNow > giveUpAt) return dueOn;
            await Task.Delay(200);
        }
    }
}
