using System.Security.Claims;
using Assistance.Domain.Cases;
using Assistance.Host.Access;
using Assistance.Host.Core;
using Marten;
using Microsoft.AspNetCore.Authorization;
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
    /// <summary>Every recorded event of the case, oldest first, with who recorded it; ID numbers masked unless revealed as on the case.</summary>
    [Authorize(Policy = LedgerPolicies.ReadCases)]
    [WolverineGet("/api/households/{id}/history", OperationId = "getCaseHistory")]
    public static async Task<IResult> Get(Guid id, bool? showIdNumbers, IQuerySession session, ClaimsPrincipal user, IDocumentStore store,
        NodaTime.IClock clock, CancellationToken ct)
    {
        var signedIn = user.Ledger();
        var current = await CaseReader.LoadVisibleAsync(session, id, signedIn, ct);
        if (current is null) return Problems.CaseNotFound(id);
        if (await CaseReader.RevealIdNumbersAsync(showIdNumbers, current, signedIn, store, clock, ct) is not { } reveal)
            return CaseReader.FullIdNumbersRefused();
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        return IdNumberMasking.Answer(events.Select(HistoryEntry.Of).ToList(), reveal);
    }
}
