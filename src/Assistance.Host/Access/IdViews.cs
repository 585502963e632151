using Assistance.Host.Core;
using Marten;
using NodaTime;

namespace Assistance.Host.Access;

/// <summary>Records each answer that shows full ID numbers, in the same session as whatever else the request writes.</summary>
public static class IdViews
{
    public static async Task RecordAsync(IDocumentStore store, IClock clock, LedgerUser user, string countyCode, Guid? caseId, string? file, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var now = clock.GetCurrentInstant();
        session.Store(new IdView(Guid.CreateVersion7(), user.Id, Actors.Of(user), now, countyCode, caseId, file, IdView.DayKey(OfficeTime.DayOf(now))));
        await session.SaveChangesAsync(ct);
    }
}
