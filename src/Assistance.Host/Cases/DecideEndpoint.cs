using System.Security.Claims;
using Assistance.Domain.Cases;
using Assistance.Domain.Policy;
using Assistance.Domain.Values;
using Assistance.Host.Access;
using Assistance.Host.Core;
using Assistance.Host.Policy;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine;
using Wolverine.Http;
using DomainProgram = Assistance.Domain.Values.Program;

namespace Assistance.Host.Cases;

public enum DecisionKind { Approve, Reject }

/// <summary>
/// 审批 body of the contract. An approval without <c>monthlyAmount</c> takes the amount the county's rules compute;
/// one that differs from it needs a <c>reason</c> and is kept for audit. <c>incomeStable</c> (default true) sets the review interval.
/// </summary>
public sealed record DecisionRequest(
    string? Decision, string? Program, string? EffectiveMonth, decimal? MonthlyAmount, string? Reason, string? DecidedBy,
    bool? IncomeStable, long? ExpectedVersion);

/// <summary>What the rules computed for an approval, answered beside the new version.</summary>
public sealed record ApprovalResult(decimal MonthlyAmount, decimal? ComputedAmount, IReadOnlyList<string> Explanation, int PolicyVersion, NodaTime.LocalDate? NextReviewDue);

public static class DecideEndpoint
{
    [Authorize(Policy = LedgerPolicies.Approve)]
    [WolverinePost("/api/households/{id}/decisions", OperationId = "decideApplication")]
    public static async Task<IResult> Post(Guid id, DecisionRequest request, IDocumentSession session, IMessageBus outbox, CountyRegistry counties, ClaimsPrincipal user, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        var kind = fields.Enum<DecisionKind>("decision", request.Decision);
        var month = fields.Month("effectiveMonth", request.EffectiveMonth);
        var signedIn = user.Ledger();
        var decidedBy = Actors.Of(signedIn);
        DomainProgram? program = string.IsNullOrWhiteSpace(request.Program) ? null
            : fields.Enum<DomainProgram>("program", request.Program, allowed: [DomainProgram.Dibao, DomainProgram.Tekun, DomainProgram.Marginal]);
        decimal? amount = request.MonthlyAmount is null ? null : fields.Money("monthlyAmount", request.MonthlyAmount);
        if (kind == DecisionKind.Reject) fields.Text("reason", request.Reason);
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);

        if (kind == DecisionKind.Reject)
            return await CaseStreams.DecideAsync(session, id, request.ExpectedVersion, signedIn,
                state => DecideDecision.Decide(state, new RejectApplication(month, request.Reason!, decidedBy)), ct);

        return await CaseStreams.DecideAsync(session, id, request.ExpectedVersion, signedIn, async state =>
        {
            var policy = await Policies.InForceAsync(session, state.CountyCode, month, ct);
            var enrolIn = program ?? state.Program;
            var computed = CaseAmounts.Compute(state, enrolIn, month, policy.Parameters);
            if (amount is null && computed is null)
                return (Decision.Refuse("无法测算保障金额",
                    "按政策无法测算该案件的月保障金额（尚无经济状况认定，或特困人员尚无生活自理能力评估），请填写 monthlyAmount。"), null);
            var nextReview = enrolIn is DomainProgram.Temporary ? (ReviewDue?)null
                : ReviewSchedule.NextDue(month.OnDayOfMonth(1), enrolIn, state.Members, request.IncomeStable ?? true, policy.Parameters);
            var approve = new ApproveEnrolment(enrolIn, month, amount ?? computed!.Total, decidedBy, request.Reason,
                nextReview?.DueOn, policy.Version, computed?.Total,
                amount is null || amount == computed?.Total ? computed?.AddOnTotal ?? 0 : 0);
            var result = new ApprovalResult(approve.MonthlyAmount, computed?.Total, computed?.Explanation ?? [], policy.Version, nextReview?.DueOn);
            return (DecideDecision.Decide(state, approve), result);
        }, ct, outbox);
    }
}
