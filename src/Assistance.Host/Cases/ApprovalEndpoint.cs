using Microsoft.AspNetCore.Authorization;
using Assistance.Host.Access;
using System.Security.Claims;
using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Host.Core;
using Marten;
using NodaTime;
using Wolverine;
using Wolverine.Http;
using DomainProgram = Assistance.Domain.Values.Program;

namespace Assistance.Host.Cases;

public enum DecisionKind { Approve, Reject }

/// <summary>
/// 审批 body of the contract. <c>decidedOn</c> defaults to today and <c>effectiveMonth</c> to the month payment starts after it;
/// an approval without <c>monthlyAmount</c> takes the amount the county's rules compute, one that differs from it needs a
/// <c>reason</c> and is kept for audit. <c>incomeStable</c> (default true) sets the review interval.
/// </summary>
public sealed record DecisionRequest(
    string? Decision, string? Program, string? DecidedOn, string? EffectiveMonth, decimal? MonthlyAmount, string? Reason, string? DecidedBy,
    bool? IncomeStable, long? ExpectedVersion);

public static class ApprovalEndpoint
{
    [Authorize(Policy = LedgerPolicies.Approve)]
    [WolverinePost("/api/households/{id}/decisions", OperationId = "decideApplication")]
    public static async Task<IResult> Post(Guid id, DecisionRequest request, IDocumentSession session, IMessageBus outbox, CountyRegistry counties, IClock clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        var today = clock.Today();
        var kind = fields.Enum<DecisionKind>("decision", request.Decision);
        var decidedOn = fields.OptionalDate("decidedOn", request.DecidedOn);
        if (decidedOn > today) fields.Add("decidedOn", "决定日期不能晚于今天");
        YearMonth? month = string.IsNullOrWhiteSpace(request.EffectiveMonth) ? null : fields.Month("effectiveMonth", request.EffectiveMonth);
        var signedIn = user.Ledger();
        var decidedBy = Actors.Of(signedIn);
        DomainProgram? program = string.IsNullOrWhiteSpace(request.Program) ? null
            : fields.Enum<DomainProgram>("program", request.Program, allowed: [DomainProgram.Dibao, DomainProgram.Tekun, DomainProgram.Marginal]);
        decimal? amount = request.MonthlyAmount is null ? null : fields.Money("monthlyAmount", request.MonthlyAmount);
        if (kind == DecisionKind.Reject) fields.Text("reason", request.Reason);
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);

        if (kind == DecisionKind.Reject)
        {
            var reject = new RejectApplication(month, request.Reason!, decidedBy, decidedOn);
            return await CaseStreams.DecideAsync(session, id, request.ExpectedVersion, signedIn,
                state => ApprovalDecision.Reject(state, reject, today), ct);
        }
        var approve = new ApproveEnrolment(program, decidedOn, month, amount, request.Reason, decidedBy, request.IncomeStable ?? true);
        return await CaseStreams.DecideAsync(session, id, request.ExpectedVersion, signedIn,
            (state, policy) => ApprovalDecision.Decide(state, approve, policy, today), ct, outbox);
    }
}
