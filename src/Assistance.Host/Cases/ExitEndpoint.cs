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
    [WolverinePost("/api/households/{id}/exits", OperationId = "exitCase",
        Summary = "停发（退出救助）",
        Description = "审批人决定案件自某月起停止救助，须写明原因（收入超标、死亡、迁出、自愿退出、骗保、拒绝核查等）。认定或最近复核该案件的人不得决定（409）。")]
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
