using System.Security.Claims;
using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Host.Access;
using Assistance.Host.Core;
using Assistance.Host.Core.Idempotency;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;
using DomainProgram = Assistance.Domain.Values.Program;

namespace Assistance.Host.Cases;

public static class ApplicationEndpoint
{
    [Authorize(Policy = LedgerPolicies.HandleCases)]
    [WolverinePost("/api/households", OperationId = "applyForAssistance",
        Summary = "提交救助申请",
        Description = "经办人登记一户家庭的低保、特困或临时救助申请，创建案件并返回其地址（Location）。申请不能受理时答复 409 并说明原因；申请县须在用户所辖范围内（否则 403）。")]
    public static async Task<IResult> Post(
        ApplicationRequest request, IDocumentSession session, CountyRegistry counties, IClock clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        var signedIn = user.Ledger();
        var command = request.Read(fields, clock.Today(), Actors.Of(signedIn));
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);
        if (!signedIn.MaySee(command.CountyCode, command.Township)) return AccessProblems.CountyOutOfScope(command.CountyCode);

        var decision = ApplicationDecision.Decide(command);
        if (decision.Refusal is { } refusal) return Problems.Conflict(refusal);

        session.ActAs(signedIn);
        session.Events.StartStream<HouseholdCase>(command.CaseId, decision.Events.ToArray());
        return await AnswerOnCommit.SaveAsync(
            Results.Created($"/api/households/{command.CaseId}", new CommandAccepted(command.CaseId, decision.Events.Count)),
            () => session.SaveChangesAsync(ct));
    }
}
