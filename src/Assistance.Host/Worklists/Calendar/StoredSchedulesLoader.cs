using Assistance.Domain.Calendar;
using Marten;

namespace Assistance.Host.Worklists.Calendar;

/// <summary>Puts the administrator-added years into the calendar when the ledger starts (and before worklists are refreshed).</summary>
public sealed class StoredSchedulesLoader(IDocumentStore store, OfficeCalendar calendar) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        await LoadAsync(session, calendar, ct);
    }

    public static async Task LoadAsync(IQuerySession session, OfficeCalendar calendar, CancellationToken ct)
    {
        foreach (var document in await session.Query<HolidayScheduleDocument>().ToListAsync(ct))
            calendar.Use(document.ToSchedule());
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
