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

public static class TemporaryAssistanceEndpoint
{
    [Authorize(Policy = LedgerPolicies.GrantTemporaryAssistance)]
    [WolverinePost("/api/households/{id}/temporary-assistance", OperationId = "grantTemporaryAssistance",
        Summary = "给予临时救助",
        Description = "记录一笔临时救助：金额不得超过县政策上限；乡镇审批权限以内经办人可办理，超出权限须审批人办理（否则答复 409，并说明须由县级决定）。")]
    public static async Task<IResult> Post(Guid id, TemporaryAssistanceRequest request, IDocumentSession session, CountyRegistry counties, IClock clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var signedIn = user.Ledger();
        var fields = new FieldReader(counties);
        var amount = fields.Money("amount", request.Amount);
        if (request.Amount == 0) fields.Add("amount", "救助金额须大于零");
        var grantedOn = fields.Date("grantedOn", request.GrantedOn);
        if (grantedOn > clock.Today()) fields.Add("grantedOn", "救助日期不能晚于今天");
        var command = new GrantTemporaryAssistance(
            fields.Enum<TemporaryKind>("kind", request.Kind), amount, grantedOn,
            fields.Text("reason", request.Reason), Actors.Of(signedIn),
            fields.Enum<GrantAuthority>("authority", request.Authority, GrantAuthority.Township) == GrantAuthority.County);
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);
        // A grant decided at county level (above the township's authority) is an approver's decision.
        if (command.DecidedByCounty && !signedIn.IsIn(LedgerRoles.Approver))
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "无权办理此事项",
                detail: "超出乡镇审批权限的临时救助须由县级审批人审批（authority: County）。");
        return await CaseStreams.DecideAsync(session, id, request.ExpectedVersion, signedIn,
            state => TemporaryGrantsElsewhere.OfMembersAsync(session, state, ct),
            (state, policy, elsewhere) => GrantTemporaryDecision.Decide(state, command, policy.InForce(grantedOn.ToYearMonth()).Parameters, elsewhere), ct);
    }
}
