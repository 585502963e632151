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
    [WolverinePost("/api/households/{id}/illness-poverty", OperationId = "recogniseIllnessPoverty",
        Summary = "认定因病致贫",
        Description = "经办人在案件上记录因病致贫认定：认定日期、生效月份、依据材料，可指明患病成员（身份证号）。认定人取自登录用户；同一成员同一月份重复认定或已停发、不予批准的案件为 409。")]
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
