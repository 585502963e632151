using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Host.Core;
using Marten;
using Wolverine.Http;
using DomainProgram = Assistance.Domain.Values.Program;

namespace Assistance.Host.Cases;

public enum DecisionKind { Approve, Reject }

/// <summary>审批 body of the contract.</summary>
public sealed record DecisionRequest(
    string? Decision, string? Program, string? EffectiveMonth, decimal? MonthlyAmount, string? Reason, string? DecidedBy, long? ExpectedVersion);

public static class DecideEndpoint
{
    [WolverinePost("/api/households/{id}/decisions", OperationId = "decideApplication")]
    public static async Task<IResult> Post(Guid id, DecisionRequest request, IDocumentSession session, CountyRegistry counties, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        var kind = fields.Enum<DecisionKind>("decision", request.Decision);
        var month = fields.Month("effectiveMonth", request.EffectiveMonth);
        var decidedBy = fields.Text("decidedBy", request.DecidedBy);
        DomainProgram? program = string.IsNullOrWhiteSpace(request.Program) ? null : fields.Enum<DomainProgram>("program", request.Program);
        decimal amount = 0;
        if (kind == DecisionKind.Approve) amount = fields.Money("monthlyAmount", request.MonthlyAmount);
        else fields.Text("reason", request.Reason);
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);

        return await CaseStreams.DecideAsync(session, id, request.ExpectedVersion, decidedBy, state => kind == DecisionKind.Approve
            ? DecideDecision.Decide(state, new ApproveEnrolment(program ?? state.Program, month, amount, decidedBy, request.Reason))
            : DecideDecision.Decide(state, new RejectApplication(month, request.Reason!, decidedBy)), ct);
    }
}
