using Assistance.Domain.Calendar;
using Marten;

namespace Assistance.Host.Worklists.Calendar;

/// <summary>Puts the administrator-added years into the calendar when the ledger starts.</summary>
public sealed class StoredSchedulesLoader(IDocumentStore store, OfficeCalendar calendar) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        foreach (var document in await session.Query<HolidayScheduleDocument>().ToListAsync(ct))
            calendar.Use(document.ToSchedule());
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
