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

public static class ApprovalEndpoint
{
    [Authorize(Policy = LedgerPolicies.Approve)]
    [WolverinePost("/api/households/{id}/decisions", OperationId = "decideApplication",
        Summary = "审批申请（批准或不予批准）",
        Description = "审批人对已认定的申请作出决定：批准（可不填金额，取计算金额；金额不同须说明理由）或不予批准（须说明理由）。认定或最近复核该案件的人不得审批（联审联批，409）；县政策要求二次审批时，先记录首次审批，待另一审批人签署后生效。")]
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
            : fields.Enum<DomainProgram>("program", request.Program, allowed: [DomainProgram.Dibao, DomainProgram.Tekun, DomainProgram.Marginal, DomainProgram.RigidExpenditure]);
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
