using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Host.Core;
using Marten;
using Wolverine.Http;

namespace Assistance.Host.Cases;

/// <summary>退出 body of the contract.</summary>
public sealed record ExitRequest(string? Reason, string? EffectiveMonth, string? DecidedBy, string? Notes, long? ExpectedVersion);

public static class ExitEndpoint
{
    private static readonly ExitReason[] CallerReasons =
    [
        ExitReason.IncomeAboveStandard, ExitReason.Death, ExitReason.MovedAway, ExitReason.Voluntary,
        ExitReason.Fraud, ExitReason.RefusedCheck, ExitReason.Other,
    ];

    [WolverinePost("/api/households/{id}/exits", OperationId = "exitCase")]
    public static async Task<IResult> Post(Guid id, ExitRequest request, IDocumentSession session, CountyRegistry counties, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        var command = new ExitCase(
            fields.Enum("reason", request.Reason, allowed: CallerReasons),
            fields.Month("effectiveMonth", request.EffectiveMonth),
            fields.Text("decidedBy", request.DecidedBy),
            request.Notes);
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);
        return await CaseStreams.DecideAsync(session, id, request.ExpectedVersion, command.DecidedBy,
            state => ExitDecision.Decide(state, command), ct);
    }
}
