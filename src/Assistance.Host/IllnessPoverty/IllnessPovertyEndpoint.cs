using System.Security.Claims;
using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Host.Access;
using Assistance.Host.Cases;
using Assistance.Host.Core;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.IllnessPoverty;

public static class IllnessPovertyEndpoint
{
    /// <summary>认定因病致贫: records the finding on the case as the signed-in caseworker.</summary>
    [Authorize(Policy = LedgerPolicies.HandleCases)]
    [WolverinePost("/api/households/{id}/illness-poverty", OperationId = "recogniseIllnessPoverty")]
    public static async Task<IResult> Post(Guid id, IllnessPovertyRequest request, IDocumentSession session, CountyRegistry counties, IClock clock,
        ClaimsPrincipal user, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        var today = clock.Today();
        var signedIn = user.Ledger();
        var command = request.Read(fields, today, Actors.Of(signedIn));
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);
        return await CaseStreams.DecideAsync(session, id, request.ExpectedVersion, signedIn,
            state => IllnessPovertyDecision.Decide(state, command, today), ct);
    }
}
