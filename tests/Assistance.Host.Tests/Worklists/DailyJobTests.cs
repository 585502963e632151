using Alba;
using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Domain.Worklists;
using Assistance.Host.Tests.Support;
using NodaTime;
using static Assistance.Host.Tests.Worklists.CaseHistories;

namespace Assistance.Host.Tests.Worklists;

/// <summary>The daily job records what time causes; the lists follow those events; a day run twice changes nothing.</summary>
public class DailyJobTests(WorklistFixture ledger) : IClassFixture<WorklistFixture>
{
    private IAlbaHost Host => ledger.Host;

    [Fact]
    public async Task Reviews_become_due_then_overdue_by_the_daily_job_and_leave_the_list_with_the_review_and_a_gradual_exit_ends_by_itself()
    {
        ledger.Today(2026, 1, 6);
        var worker = Person("吴建国", "19800808", "501");
        var review = await ledger.Store.StartAsync(id => Applied(id, new LocalDate(2026, 1, 6), members: worker),
            Committed(new LocalDate(2026, 1, 6)), Assessed(new LocalDate(2026, 1, 7), 200m),
            Enrolled(new YearMonth(2026, 2), [worker]));
        var leaver = Person("郑红梅", "19850909", "502");
        var gradual = await ledger.Store.StartAsync(id => Applied(id, new LocalDate(2026, 1, 6), members: leaver),
            Committed(new LocalDate(2026, 1, 6)), Assessed(new LocalDate(2026, 1, 7), 200m),
            Enrolled(new YearMonth(2026, 2), [leaver]),
            new CaseReviewed(new LocalDate(2026, 3, 10), 700m, new Assets(), 0m, ReviewOutcome.GradualExit, 500m, new YearMonth(2026, 4), new YearMonth(2026, 6), "乙", "就业"));

        // Able-bodied of working age: reviewed every 6 months from February, due 1 August, listed from 1 July.
        await Host.RunDailyChecksAsync(new LocalDate(2026, 6, 30));
        ledger.Today(2026, 6, 30);
        (await Host.ListAsync("reviews-due")).RowOf(review).ShouldBeNull();
        var ending = (await Host.ListAsync("should-exit")).RowOf(gradual).ShouldNotBeNull();
        ending.Text("dueOn").ShouldBe("2026-06-30");
        ending.Text("reason").ShouldContain("渐退期至 2026-06 结束");

        await Host.RunDailyChecksAsync(new LocalDate(2026, 7, 1));
        ledger.Today(2026, 7, 1);
        var due = (await Host.ListAsync("reviews-due")).RowOf(review).ShouldNotBeNull();
        due.Text("dueOn").ShouldBe("2026-08-01");
        due.Text("reason").ShouldContain("到期");
        due.Value<int>("overdueDays").ShouldBe(0);
        (await Host.ListAsync("should-exit")).RowOf(gradual).ShouldBeNull();

        var exit = (await ledger.Store.EventsAsync(gradual)).Last().Data.ShouldBeOfType<CaseExited>();
        exit.Reason.ShouldBe(ExitReason.GradualExitEnded);
        exit.EffectiveMonth.ShouldBe(new YearMonth(2026, 7));
        (await Host.GetCaseAsync(gradual)).Text("status").ShouldBe("Exited");
        (await (await Host.Scenario(s => s.Get.Url($"/api/households/{gradual}/history"))).ReadJsonNodeAsync()).AsArray().Last()!.Text("actor").ShouldBe("系统");

        var before = (await ledger.Store.EventsAsync(review)).Count + (await ledger.Store.EventsAsync(gradual)).Count;
        await Host.RunDailyChecksAsync(new LocalDate(2026, 7, 1));
        ((await ledger.Store.EventsAsync(review)).Count + (await ledger.Store.EventsAsync(gradual)).Count).ShouldBe(before);

        await Host.RunDailyChecksAsync(new LocalDate(2026, 8, 2));
        ledger.Today(2026, 8, 4);
        var overdue = (await Host.ListAsync("reviews-due")).RowOf(review).ShouldNotBeNull();
        overdue.Text("reason").ShouldContain("逾期");
        overdue.Value<int>("overdueDays").ShouldBe(3);
        var recorded = (await ledger.Store.EventsAsync(review)).Select(e => e.Data).ToList();
        recorded.OfType<ReviewBecameDue>().ShouldHaveSingleItem().OccurredOn.ShouldBe(new LocalDate(2026, 7, 1));
        recorded.OfType<ReviewOverdue>().ShouldHaveSingleItem().OccurredOn.ShouldBe(new LocalDate(2026, 8, 2));

        await ledger.Store.AppendAsync(review,
            new CaseReviewed(new LocalDate(2026, 8, 4), 200m, new Assets(), 0m, ReviewOutcome.Continue, 500m, new YearMonth(2026, 9), null, "乙", null));
        (await Host.ListAsync("reviews-due")).RowOf(review).ShouldBeNull();
    }
}
