using System.Security.Claims;
using Assistance.Domain.Cases;
using Assistance.Host.Audit.Chain;
using Assistance.Host.Cases;
using Assistance.Host.Core;
using Marten;
using Assistance.Host.Access;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Assistance.Host.Audit;

public static class VerifyEndpoints
{
    /// <summary>
    /// Whether the case's stored events are exactly those appended: the first version that is not, and why. A case of a county
    /// (or township) the user does not serve answers 404, as the case itself does; a case deleted whole, which no longer names a
    /// county, answers only a user of every county.
    /// </summary>
    [Authorize(Policy = LedgerPolicies.Audit)]
    [WolverineGet("/api/households/{id}/verify", OperationId = "verifyCase",
        Summary = "校验案件事件链",
        Description = "按每个事件的 SHA-256 封印重新计算，答复第一个被篡改、缺失或插入的版本（或案件被删除）；upToVersion 给出到某版本为止的摘要。")]
    public static async Task<IResult> VerifyCase(Guid id, IDocumentStore store, ClaimsPrincipal user, CancellationToken ct)
    {
        var signedIn = user.Ledger();
        await using (var query = store.QuerySession())
        {
            var found = await query.LoadAsync<HouseholdCase>(id, ct);
            if (found is null ? !signedIn.AllCounties : !signedIn.MaySee(found.CountyCode, found.Township)) return Problems.CaseNotFound(id);
        }
        if (await CaseVerification.RunAsync(store, id, ct) is not { } verdict) return Problems.CaseNotFound(id);
        return Results.Ok(new CaseVerificationResult(id, verdict.Valid, verdict.Events, verdict.Break?.Version, verdict.Break?.Reason, verdict.Break?.Detail,
            verdict.Head, verdict.SealedOn, verdict.SealedAtRestVersions, verdict.Note));
    }

    /// <summary>
    /// Every stream of the store against its chain and the latest daily anchor, including cases deleted as a whole. An auditor of
    /// some counties is told whether the store is intact (its anchors are the whole store's), but only the broken cases of their
    /// counties (or township) are named; any other broken stream (another county's case, a case deleted whole, a person's or a
    /// policy's stream) is only counted.
    /// </summary>
    [Authorize(Policy = LedgerPolicies.AuditorsOnly)]
    [WolverineGet("/api/audit/verify", OperationId = "verifyStore",
        Summary = "校验全库事件链",
        Description = "审计人员校验全库每条事件流的封印链、记录版本与最近的每日锚点（含整案删除），并校验锚点文件。只负责部分县区的审计人员看到本辖区被篡改的案件，其他不符的事件流只计数（brokenElsewhere）。")]
    public static async Task<StoreVerdict> VerifyStore(StoreVerification verification, IQuerySession session, ClaimsPrincipal user, CancellationToken ct)
    {
        var verdict = await verification.RunAsync(null, ct);
        var signedIn = user.Ledger();
        if (signedIn.AllCounties) return verdict;
        var visible = await CaseReader.VisibleAsync(session, verdict.Broken.Select(b => b.Id), signedIn, ct);
        return verdict with { Broken = verdict.Broken.Where(b => visible.Contains(b.Id)).ToList(), BrokenElsewhere = verdict.Broken.Count(b => !visible.Contains(b.Id)) };
    }
}
