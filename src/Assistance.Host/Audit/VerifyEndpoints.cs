using Assistance.Host.Audit.Chain;
using Assistance.Host.Core;
using Marten;
using Assistance.Host.Access;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Assistance.Host.Audit;

public static class VerifyEndpoints
{
    /// <summary>Whether the case's stored events are exactly those appended: the first version that is not, and why.</summary>
    [Authorize(Policy = LedgerPolicies.Audit)]
    [WolverineGet("/api/households/{id}/verify", OperationId = "verifyCase")]
    public static async Task<IResult> VerifyCase(Guid id, IDocumentStore store, CancellationToken ct)
    {
        if (await CaseVerification.RunAsync(store, id, ct) is not { } verdict) return Problems.CaseNotFound(id);
        return Results.Ok(new CaseVerificationResult(id, verdict.Valid, verdict.Events, verdict.Break?.Version, verdict.Break?.Reason, verdict.Break?.Detail, verdict.Head));
    }

    /// <summary>Every stream of the store against its chain and the latest daily anchor, including cases deleted as a whole.</summary>
    [Authorize(Policy = LedgerPolicies.AuditorsOnly)]
    [WolverineGet("/api/audit/verify", OperationId = "verifyStore")]
    public static async Task<StoreVerdict> VerifyStore(StoreVerification verification, CancellationToken ct) =>
        await verification.RunAsync(null, ct);
}
