using Assistance.Domain.Cases;
using Assistance.Domain.Entitlements;
using Assistance.Domain.Values;
using Assistance.Host.Cases;
using Assistance.Host.Core;
using Assistance.Host.Worklists;
using Assistance.Host.Worklists.Calendar;
using System.Security.Claims;
using Assistance.Host.Access;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Appeals;

/// <summary>复核申请 / 行政复议 / 举报: an appeal against a rejection, an amount or an exit, and its outcome, as events of the case.</summary>
public static class AppealEndpoints
{
    [Authorize(Policy = LedgerPolicies.HandleCases)]
    [WolverinePost("/api/households/{id}/appeals", OperationId = "lodgeAppeal",
        Summary = "提出复核申请",
        Description = "对不予批准、救助金额或停发决定提出复核申请（行政复议、举报亦同），须在决定之日起 60 日内提出，20 个工作日内办结。经办人办理；申请作为案件事件记录。")]
    public static async Task<IResult> Lodge(Guid id, AppealRequest request, IDocumentSession session, CountyRegistry counties, OfficeCalendar calendar, IClock clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        var kind = fields.Enum<AppealKind>("kind", request.Kind);
        var lodgedOn = fields.OptionalDate("lodgedOn", request.LodgedOn) ?? clock.Today();
        var grounds = fields.Text("grounds", request.Grounds);
        if (request.AgainstVersion is not > 0) fields.Add("againstVersion", "须填写被申请复核的决定的版本号（不小于 1 的整数）");
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);

        var signedIn = user.Ledger();
        var actor = Actors.Of(signedIn);
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        var against = events.FirstOrDefault(e => e.Version == request.AgainstVersion);

        var days = await calendar.CurrentAsync(session, ct);
        return await CaseStreams.DecideAsync(session, id, request.ExpectedVersion, signedIn, state =>
        {
            if (against is null || !AppealRules.IsAppealable(against.Data))
                return Decision.Refuse("该事件不能申请复核", $"第 {request.AgainstVersion} 版不是不予确认、审批金额、复核或退出决定，不能对其申请复核或复议。");
            var lastDay = AppealRules.LastDayToAppeal(CaseStreamFacts.RecordedOn(against));
            if (lodgedOn > lastDay)
                return Decision.Refuse("已超过申请期限", $"第 {against.Version} 版决定于 {CaseStreamFacts.RecordedOn(against):yyyy-MM-dd} 作出，申请期限至 {lastDay:yyyy-MM-dd}（{AppealRules.DaysToAppeal} 日），{lodgedOn:yyyy-MM-dd} 已超过期限。");
            if (state.OpenAppeals.Any(a => a.AgainstVersion == against.Version))
                return Decision.Refuse("已有未办结的申请", $"对第 {against.Version} 版决定已有未办结的复核申请，请先办结。");
            var appeal = new AppealLodged(Guid.CreateVersion7(), kind, against.Version, against.EventType.Name, lodgedOn,
                AppealRules.DueOn(lodgedOn, days), grounds, request.Appellant, actor);
            return Decision.Accept(appeal);
        }, ct);
    }

    [Authorize(Policy = LedgerPolicies.Approve)]
    [WolverinePost("/api/households/{id}/appeals/{appealId}/decision", OperationId = "decideAppeal",
        Summary = "作出复核决定",
        Description = "审批人对复核申请作出决定：维持（Upheld）、变更（Changed，撤销停发则自停发月份起恢复待遇）或撤回（Withdrawn）。案件状态不允许时答复 409 并说明原因。")]
    public static async Task<IResult> Decide(Guid id, Guid appealId, AppealDecisionRequest request, IDocumentSession session, CountyRegistry counties, IClock clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        var outcome = fields.Enum<AppealOutcome>("outcome", request.Outcome);
        var decidedOn = fields.OptionalDate("decidedOn", request.DecidedOn) ?? clock.Today();
        var reason = fields.Text("reason", request.Reason);
        decimal? amount = request.MonthlyAmount is null ? null : fields.Money("monthlyAmount", request.MonthlyAmount);
        YearMonth? month = string.IsNullOrWhiteSpace(request.EffectiveMonth) ? null : fields.Month("effectiveMonth", request.EffectiveMonth);
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);
        var signedIn = user.Ledger();
        var actor = Actors.Of(signedIn);
        var events = await session.Events.FetchStreamAsync(id, token: ct);

        return await CaseStreams.DecideAsync(session, id, request.ExpectedVersion, signedIn, state =>
        {
            if (state.OpenAppeals.FirstOrDefault(a => a.AppealId == appealId) is not { } appeal)
                return Decision.Refuse("没有该未办结申请", $"案件 {id} 没有编号为 {appealId} 的未办结复核申请。");
            if (outcome == AppealOutcome.Changed && appeal.AgainstEvent is nameof(EnrolmentApproved) or nameof(EntitlementRecalculated)
                    or nameof(CaseReviewed) && state.Status != CaseStatus.Exited && amount is null)
                return Decision.Refuse("变更金额须填写新金额", "变更审批或复核金额的决定须填写新的月保障金额（monthlyAmount）。");
            // A changed amount applies from the month the appealed decision did, unless the decision names another month.
            var appealedFrom = events.FirstOrDefault(e => e.Version == appeal.AgainstVersion)?.Data switch
            {
                EnrolmentApproved a => a.EffectiveMonth,
                CaseReviewed r => r.EffectiveMonth,
                EntitlementRecalculated r => r.EffectiveMonth,
                _ => (YearMonth?)null,
            };
            var from = month ?? appealedFrom ?? (state.IsEnrolled ? EntitlementTimeline.At(state.Segments, clock.Today().ToYearMonth())?.From : null);
            return Decision.Accept(new AppealDecided(appealId, outcome, decidedOn, reason, actor, appeal.AgainstEvent, from, amount));
        }, ct);
    }
}
