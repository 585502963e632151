using Microsoft.AspNetCore.Authorization;
using Assistance.Host.Access;
using System.Security.Claims;
using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Host.Core;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Cases;

public static class ReviewEndpoint
{
    [Authorize(Policy = LedgerPolicies.HandleCases)]
    [WolverinePost("/api/households/{id}/reviews", OperationId = "reviewCase",
        Summary = "定期复核",
        Description = "经办人记录复核结论：维持、增发、减发、渐退或停发，并按家庭类别确定下次复核日期。")]
    public static async Task<IResult> Post(Guid id, ReviewRequest request, IDocumentSession session, CountyRegistry counties, IClock clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var today = clock.Today();
        var fields = new FieldReader(counties);
        var signedIn = user.Ledger();
        var review = request.Read(fields, today, Actors.Of(signedIn));
        var given = request.ReadFinding(fields, review);
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);
        return await CaseStreams.DecideAsync(session, id, request.ExpectedVersion, signedIn, (state, policy) => given is null
            ? ReviewDecision.Decide(state, review, policy, today)
            : ReviewDecision.Record(state, review, given, policy, today), ct);
    }
}
