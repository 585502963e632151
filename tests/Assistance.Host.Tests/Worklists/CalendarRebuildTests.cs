using Alba;
using Assistance.Host.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using static Assistance.Host.Tests.Worklists.CaseHistories;

namespace Assistance.Host.Tests.Worklists;

/// <summary>rebuild-projections, a process of its own, counts deadlines with the calendar stored in the database.</summary>
public class CalendarRebuildTests
{
    [Fact]
    public async Task Rebuilding_the_projections_counts_with_the_stored_calendar()
    {
        var database = await TestDatabase.CreateAsync(nameof(CalendarRebuildTests));
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 31, 2, 0, 0, TimeSpan.Zero));
        Guid id;
        await using (var ledger = await WorklistFixture.StartAsync(database, clock, dailyChecks: false))
        {
            await ledger.Scenario(s =>
            {
                s.Put.Json(new { holidays = new[] { "2027-01-01", "2027-01-02", "2027-01-03" }.Select(date => new { date, name = "元旦" }) })
                    .ToUrl("/api/calendar/2027");
                s.StatusCodeShouldBeOk();
            });
            id = await ledger.Services.GetRequiredService<IDocumentStore>().StartAsync(id =>
                Applied(id, new LocalDate(2026, 12, 31), members: Person("孟冬青", "19810303", "613")));
            (await ledger.ListAsync("pending-applications")).RowOf(id).Text("dueOn").ShouldBe("2027-01-06");
        }

        var (exitCode, _, errors) = await LedgerProcess.RunAsync(database, "rebuild-projections");
        exitCode.ShouldBe(0, errors);

        // Read what the rebuild stored, on a node that runs no projections (nothing recomputes the list after the rebuild).
        await using var reader = await WorklistFixture.StartAsync(database, clock, dailyChecks: false, runsProjections: false);
        var page = await (await reader.Scenario(s => s.Get.Url("/api/worklists/pending-applications?countyCode=140429"))).ReadJsonNodeAsync();
        page.RowOf(id).Text("dueOn").ShouldBe("2027-01-06");
    }
}
