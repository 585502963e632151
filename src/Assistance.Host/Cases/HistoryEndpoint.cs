using Assistance.Domain.Cases;
using Assistance.Host.Core;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Cases;

/// <summary>One recorded event of a case, as auditors read it.</summary>
public sealed record HistoryEntry(long Version, string Type, string Label, Instant RecordedAt, string Actor, object Data)
{
    public static HistoryEntry Of(JasperFx.Events.IEvent e) => new(
        e.Version, e.EventType.Name, EventLabels.Of(e.EventType), Instant.FromDateTimeOffset(e.Timestamp), e.UserName ?? Actors.Unknown, e.Data);
}

public static class HistoryEndpoint
{
    [WolverineGet("/api/households/{id}/history", OperationId = "getCaseHistory")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        if (events.Count == 0) return Problems.CaseNotFound(id);
        return Results.Ok(events.Select(HistoryEntry.Of).ToList());
    }
}
