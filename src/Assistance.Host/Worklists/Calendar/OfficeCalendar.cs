using System.Diagnostics;
using Assistance.Domain.Calendar;
using Marten;

namespace Assistance.Host.Worklists.Calendar;

/// <summary>
/// The working-day calendar in force: the State Council schedules shipped with the ledger (2024–2026) plus the years an
/// administrator stored (<see cref="HolidayScheduleDocument"/>). The stored documents are the only truth, so every node and
/// every CLI verb on a database counts with the same calendar; this service keeps a copy at most <see cref="MaxAge"/> old,
/// so a year stored through one node reaches the projections and endpoints of every other node within that time.
/// </summary>
public sealed class OfficeCalendar
{
    /// <summary>How long a copy read from the store is used before the stored schedules are read again.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);

    private sealed record Copy(WorkingDayCalendar Calendar, long ReadAt);

    private Copy? _copy;

    /// <summary>The calendar in force, from a copy no older than <see cref="MaxAge"/>.</summary>
    public async ValueTask<WorkingDayCalendar> CurrentAsync(IQuerySession session, CancellationToken ct)
    {
        // Process time, not the ledger's clock: the copy's age has nothing to do with the business date (tests freeze that).
        if (Volatile.Read(ref _copy) is { } copy && Stopwatch.GetElapsedTime(copy.ReadAt) < MaxAge) return copy.Calendar;
        return await ReadAsync(session, ct);
    }

    /// <summary>The calendar as stored right now; the copy every later caller gets until it is <see cref="MaxAge"/> old.</summary>
    public async Task<WorkingDayCalendar> ReadAsync(IQuerySession session, CancellationToken ct)
    {
        var readAt = Stopwatch.GetTimestamp();
        var stored = await session.Query<HolidayScheduleDocument>().ToListAsync(ct);
        var calendar = WorkingDayCalendar.WithDefaults().With(stored.Select(d => d.ToSchedule()));
        Volatile.Write(ref _copy, new Copy(calendar, readAt));
        return calendar;
    }
}
