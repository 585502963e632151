using Assistance.Domain.Cases;
using Assistance.Host.Core;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Cases;

/// <summary>One recorded event of a case, as auditors read it; <see cref="CorrectedBy"/> is the version of the correction that put it right.</summary>
public sealed record HistoryEntry(long Version, string Type, string Label, Instant RecordedAt, string Actor, object Data, long? CorrectedBy = null)
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
        var correctedBy = events.Where(e => e.Data is CaseCorrected).GroupBy(e => ((CaseCorrected)e.Data).CorrectsVersion)
            .ToDictionary(g => g.Key, g => g.Max(e => e.Version));
        return Results.Ok(events.Select(e => HistoryEntry.Of(e) with { CorrectedBy = correctedBy.TryGetValue(e.Version, out var by) ? by : null }).ToList());
    }
}
