using Assistance.Domain.Cases;
using Assistance.Host.Tests.Support;
using Assistance.Host.Tests.Worklists;
using NodaTime;
using static Assistance.Host.Tests.Worklists.CaseHistories;

namespace Assistance.Host.Tests.Cases;

/// <summary>
/// The version a case page shows is the one a command's <c>expectedVersion</c> is checked against, also after the daily job
/// has noted a review due and overdue: facts beside the case that its snapshot neither applies nor counts.
/// </summary>
public class CaseVersionTests(WorklistFixture ledger) : IClassFixture<WorklistFixture>
{
    [Fact]
    public async Task A_case_read_after_the_daily_job_gives_the_version_a_command_expects()
    {
        ledger.Today(2026, 1, 6);
        var worker = Person("冯志强", "19810707", "611");
        var id = await ledger.Store.StartAsync(i => Applied(i, new LocalDate(2026, 1, 6), members: worker),
            Committed(new LocalDate(2026, 1, 6)), Assessed(new LocalDate(2026, 1, 7), 200m),
            Enrolled(new YearMonth(2026, 2), [worker]));
        ledger.Today(2026, 7, 1);
        await ledger.Host.RunDailyChecksAsync(new LocalDate(2026, 7, 1));
        ledger.Today(2026, 8, 2);
        await ledger.Host.RunDailyChecksAsync(new LocalDate(2026, 8, 2));
        ledger.Today(2026, 8, 4);
        var events = await ledger.Store.EventsAsync(id);
        events.Select(e => e.Data.GetType()).TakeLast(2).ShouldBe([typeof(ReviewBecameDue), typeof(ReviewOverdue)]);

        var seen = (await ledger.Host.GetCaseAsync(id)).Value<long>("version");
        seen.ShouldBe(events[^1].Version);
        (await ledger.Host.GetCaseAsync(id, asOf: "2026-07-15")).Value<long>("version").ShouldBe(events[^2].Version);

        var reviewed = await ledger.Host.PostAsync(id, "reviews",
            new { reviewedOn = "2026-08-04", monthlyIncome = 200m, reviewedBy = "乙", expectedVersion = seen });
        reviewed.ShouldBe(seen + 1);
    }
}
