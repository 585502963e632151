using System.Security.Claims;
using Assistance.Domain.Cases;
using Assistance.Host.Access;
using Assistance.Host.Cases;
using Assistance.Host.Core;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Assistance.Host.Corrections;

/// <summary>
/// 复签 (联审联批) of a correction above the county's line: another approver than the one who recorded it signs, and the
/// correction is recorded as it was signed first, with both signatures; only then do the case, rolls and statistics apply it.
/// A correction the case has moved on from since its first signature is refused (<see cref="PendingCorrectionRules"/>).
/// </summary>
public static class CorrectionSignatureEndpoint
{
    [Authorize(Policy = LedgerPolicies.Approve)]
    [WolverinePost("/api/households/{id}/corrections/{correctionId}/signature", OperationId = "signCorrection",
        Summary = "复签更正（联审联批）",
        Description = "超过县定额度的更正须第二位审批人复签后才生效；复签人不得是初签人（409）；初签后案件又有变更（复核、调整、退出、另一项更正等）的，不能复签（409），须重新提出更正，新的初签取代原待复签更正。复签后更正计入待遇时间线，下月名册出现补发或追回。")]
    public static async Task<IResult> Post(Guid id, Guid correctionId, CorrectionSignatureRequest request, IDocumentSession session, ClaimsPrincipal user, CancellationToken ct)
    {
        var signedIn = user.Ledger();
        var actor = Actors.Of(signedIn);
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        return await CaseStreams.DecideAsync(session, id, request.ExpectedVersion, signedIn, state =>
        {
            if (state.PendingCorrections.FirstOrDefault(p => p.Correction.CorrectionId == correctionId) is not { } first)
                return Decision.Refuse("没有待复签的更正", $"案件 {id} 没有编号为 {correctionId} 的待复签更正（已生效，或从未初签）。");
            if (SeparationOfDuties.SecondSignerMaySign(first, actor) is { } sameHand) return sameHand;
            var recordedSince = events.SkipWhile(e => e.Data is not CorrectionFirstSigned f || f.Correction.CorrectionId != correctionId).Skip(1).Select(e => e.Data);
            if (PendingCorrectionRules.MaySign(first, recordedSince) is { } outdated) return outdated;
            var signed = first.Correction with
            {
                SecondSigner = actor,
                SecondSignature = SignatureReference.Of(id, actor, "复签更正", first.Correction.Signature?.Sha256),
            };
            return Decision.Accept(signed).Explained(new CorrectionResult(signed.CorrectionId, signed.OriginalValue, signed.CorrectedValue,
                signed.EffectiveMonth, signed.UntilMonth, signed.MonthlyAmount, first.Difference, false, [$"已由 {first.Correction.CorrectedBy} 初签、{actor} 复签，更正生效。"]));
        }, ct);
    }
}
