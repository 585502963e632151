using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Host.Core;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Cases;

/// <summary>临时救助 body of the contract.</summary>
public sealed record TemporaryAssistanceRequest(string? Kind, decimal? Amount, string? GrantedOn, string? Reason, string? GrantedBy, long? ExpectedVersion);

public static class TemporaryAssistanceEndpoint
{
    [WolverinePost("/api/households/{id}/temporary-assistance", OperationId = "grantTemporaryAssistance")]
    public static async Task<IResult> Post(Guid id, TemporaryAssistanceRequest request, IDocumentSession session, CountyRegistry counties, IClock clock, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        var amount = fields.Money("amount", request.Amount);
        if (request.Amount == 0) fields.Add("amount", "救助金额须大于零");
        var grantedOn = fields.Date("grantedOn", request.GrantedOn);
        if (grantedOn > clock.Today()) fields.Add("grantedOn", "救助日期不能晚于今天");
        var command = new GrantTemporaryAssistance(
            fields.Enum<TemporaryKind>("kind", request.Kind), amount, grantedOn,
            fields.Text("reason", request.Reason), fields.Text("grantedBy", request.GrantedBy));
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);
        return await CaseStreams.DecideAsync(session, id, request.ExpectedVersion, command.GrantedBy,
            state => GrantTemporaryDecision.Decide(state, command), ct);
    }
}
