using Assistance.Domain.Cases;
using Assistance.Domain.Worklists;
using Assistance.Host.Tests.Support;
using Assistance.Host.Worklists.DailyJob;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using static Assistance.Host.Tests.Worklists.CaseHistories;

namespace Assistance.Host.Tests.Worklists;

/// <summary>The scheduler runs the checks when the ledger starts; after a restart it catches up each missed day once.</summary>
public class DailyJobRestartTests
{
    [Fact]
    public async Task After_a_restart_the_missed_days_are_caught_up_once_each()
    {
        var database = await TestDatabase.CreateAsync(nameof(DailyJobRestartTests));
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 29, 2, 0, 0, TimeSpan.Zero));

        Guid caseId;
        await using (var first = await WorklistFixture.StartAsync(database, clock, dailyChecks: true))
        {
            var store = first.Services.GetRequiredService<IDocumentStore>();
            await WaitForCompletedDayAsync(store, "2026-06-29");
            var worker = Person("冯志远", "19800808", "601");
            caseId = await store.StartAsync(id => Applied(id, new LocalDate(2026, 1, 6), members: worker),
                Committed(new LocalDate(2026, 1, 6)), Assessed(new LocalDate(2026, 1, 7), 200m),
                Enrolled(new YearMonth(2026, 2), [worker]));
        }

        // Down from 30 June to 3 August: the window opened on 1 July, the review (due 1 August) went overdue on 2 August.
        clock.AdjustTime(new DateTimeOffset(2026, 8, 3, 2, 0, 0, TimeSpan.Zero));
        await using (var second = await WorklistFixture.StartAsync(database, clock, dailyChecks: true))
        {
            var store = second.Services.GetRequiredService<IDocumentStore>();
            await WaitForCompletedDayAsync(store, "2026-08-03");
            var events = (await store.EventsAsync(caseId)).Select(e => e.Data).ToList();
            events.OfType<ReviewBecameDue>().ShouldHaveSingleItem().OccurredOn.ShouldBe(new LocalDate(2026, 7, 1));
            events.OfType<ReviewOverdue>().ShouldHaveSingleItem().OccurredOn.ShouldBe(new LocalDate(2026, 8, 2));
        }

        // A third start on the same day finds nothing left to do.
        await using (var third = await WorklistFixture.StartAsync(database, clock, dailyChecks: true))
        {
            var store = third.Services.GetRequiredService<IDocumentStore>();
            await third.RunDailyChecksAsync(new LocalDate(2026, 8, 3));
            (await store.EventsAsync(caseId)).Count.ShouldBe(6);
        }
    }

    private static async Task WaitForCompletedDayAsync(IDocumentStore store, string day)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            await using var session = store.QuerySession();
            var progress = await session.LoadAsync<DailyChecksProgress>(DailyChecksProgress.TheId);
            if (progress?.LastCompletedDay == day) return;
            await Task.Delay(100);
        }
        throw new TimeoutException($"The daily checks did not complete {day}");
    }
}
