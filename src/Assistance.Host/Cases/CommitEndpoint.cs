using System.Security.Claims;
using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Host.Access;
using Assistance.Host.Core;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Cases;

public static class CommitEndpoint
{
    [Authorize(Policy = LedgerPolicies.HandleCases)]
    [WolverinePost("/api/households/{id}/commitments", OperationId = "signDualCommitment",
        Summary = "签订双承诺",
        Description = "经办人记录申请家庭签订的双承诺（如实申报、授权核对）。须在申请之后、家庭经济状况认定之前；已签订再次提交答复 409。")]
    public static async Task<IResult> Post(Guid id, CommitmentRequest request, IDocumentSession session, CountyRegistry counties, IClock clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        var signedIn = user.Ledger();
        var command = request.Read(fields, clock.Today(), Actors.Of(signedIn));
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);
        return await CaseStreams.DecideAsync(session, id, request.ExpectedVersion, signedIn,
            state => CommitDecision.Decide(state, command), ct);
    }
}
