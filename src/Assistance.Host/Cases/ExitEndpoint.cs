using System.Security.Claims;
using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Host.Access;
using Assistance.Host.Core;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Assistance.Host.Cases;

public static class ExitEndpoint
{
    private static readonly ExitReason[] CallerReasons =
    [
        ExitReason.IncomeAboveStandard, ExitReason.Death, ExitReason.MovedAway, ExitReason.Voluntary,
        ExitReason.Fraud, ExitReason.RefusedCheck, ExitReason.Other,
    ];

    [Authorize(Policy = LedgerPolicies.Approve)]
    [WolverinePost("/api/households/{id}/exits", OperationId = "exitCase")]
    public static async Task<IResult> Post(Guid id, ExitRequest request, IDocumentSession session, CountyRegistry counties, ClaimsPrincipal user, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        var signedIn = user.Ledger();
        var command = new ExitCase(
            fields.Enum("reason", request.Reason, allowed: CallerReasons),
            fields.Month("effectiveMonth", request.EffectiveMonth),
            Actors.Of(signedIn),
            request.Notes);
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);
        return await CaseStreams.DecideAsync(session, id, request.ExpectedVersion, signedIn,
            state => ExitDecision.Decide(state, command), ct);
    }
}
