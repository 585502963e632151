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

public static class AssessEndpoint
{
    [Authorize(Policy = LedgerPolicies.HandleCases)]
    [WolverinePost("/api/households/{id}/assessments", OperationId = "assessEconomicStatus",
        Summary = "家庭经济状况认定",
        Description = "经办人录入家庭收入、财产和成员情况，系统按县政策认定为低保、低保边缘、特困或不符合条件，并给出中文理由。须先签订双承诺。")]
    public static async Task<IResult> Post(Guid id, AssessmentRequest request, IDocumentSession session, CountyRegistry counties, IClock clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        var today = clock.Today();
        var signedIn = user.Ledger();
        var command = request.Read(fields, today, Actors.Of(signedIn));
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);
        return await CaseStreams.DecideAsync(session, id, request.ExpectedVersion, signedIn,
            (state, policy) => AssessDecision.Decide(state, command, policy, today), ct);
    }
}
