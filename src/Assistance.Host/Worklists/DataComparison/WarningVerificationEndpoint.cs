using Assistance.Host.Core.Idempotency;
using Microsoft.AspNetCore.Authorization;
using Assistance.Host.Access;
using System.Security.Claims;
using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Domain.Worklists;
using Assistance.Host.Core;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Worklists.DataComparison;

public static class WarningVerificationEndpoint
{
    [Authorize(Policy = LedgerPolicies.HandleCases)]
    [WolverinePost("/api/households/{id}/warnings/{warningId}/verification", OperationId = "verifyDataComparisonWarning",
        Summary = "核实数据比对预警",
        Description = "经办人记录对一条比对预警的核实结果（属实或不属实）及说明。")]
    public static async Task<IResult> Post(Guid id, Guid warningId, VerificationRequest request, IDocumentSession session, CountyRegistry counties, IClock clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var signedIn = user.Ledger();
        var fields = new FieldReader(counties);
        var outcome = fields.Enum<VerificationOutcome>("outcome", request.Outcome);
        var command = new VerifyWarning(warningId, outcome, request.Reason?.Trim(), fields.Date("verifiedOn", request.VerifiedOn), Actors.Of(signedIn));
        if (command.VerifiedOn > clock.Today()) fields.Add("verifiedOn", "核查日期不能晚于今天");
        if (outcome == VerificationOutcome.Dismissed && string.IsNullOrWhiteSpace(request.Reason)) fields.Add("reason", "核查不属实时须填写理由");
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);

        var stream = request.ExpectedVersion is { } version
            ? await session.Events.FetchForWriting<HouseholdCase>(id, version, ct)
            : await session.Events.FetchForWriting<HouseholdCase>(id, ct);
        if (stream.Aggregate is not { } found || !signedIn.MaySee(found.CountyCode, found.Township)) return Problems.CaseNotFound(id);
        var facts = CaseStreamFacts.Of(await session.Events.FetchStreamAsync(id, token: ct));

        var decision = VerifyWarningDecision.Decide(stream.Aggregate, facts, command);
        if (decision is null) return Problems.NotFound("预警不存在", $"案件 {id} 没有编号为 {warningId} 的数据比对预警。");
        if (decision.Refusal is { } refusal) return Problems.Conflict(refusal);
        session.ActAs(signedIn);
        stream.AppendMany(decision.Events);
        return await AnswerOnCommit.SaveAsync(Results.Ok(new CommandAccepted(id, (stream.StartingVersion ?? 0) + decision.Events.Count)),
            () => session.SaveChangesAsync(ct));
    }
}
