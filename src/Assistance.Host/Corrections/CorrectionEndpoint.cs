using System.Globalization;
using Assistance.Domain.Cases;
using Assistance.Domain.Amounts;
using Assistance.Domain.Labels;
using Assistance.Domain.Values;
using Assistance.Host.Cases;
using Assistance.Host.Core;
using Assistance.Host.Policy;
using System.Security.Claims;
using Assistance.Host.Access;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Corrections;

/// <summary>
/// 更正: puts right a figure of an earlier event without touching it. The correction is an event of the case naming the corrected
/// version; the case, its entitlement timeline and so statistics and payment rolls apply it, and the next roll pays or recovers
/// the difference for months already paid. Above the county's <c>correctionSecondSignatureAboveAmount</c> the correction is
/// first recorded as <see cref="CorrectionFirstSigned"/> and applies only when another approver signs (<see cref="CorrectionSignatureEndpoint"/>).
/// </summary>
public static class CorrectionEndpoint
{
    [Authorize(Policy = LedgerPolicies.Approve)]
    [WolverinePost("/api/households/{id}/corrections", OperationId = "correctCase",
        Summary = "更正已记录的事实",
        Description = "审批人更正案件某一版本记录的收入、救助金额或停发月份，须说明理由。原事件保留并标注“已更正”；案件、待遇时间线、统计和名册均按更正计算，差额以补发、追回行出现在下一份名册。")]
    public static async Task<IResult> Post(Guid id, CorrectionRequest request, IDocumentSession session, CountyRegistry counties, IClock clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        var field = fields.Enum<CorrectedField>("field", request.Field);
        var reason = fields.Text("reason", request.Reason);
        var value = fields.Text("value", request.Value);
        var correctedOn = fields.OptionalDate("correctedOn", request.CorrectedOn) ?? clock.Today();
        if (request.CorrectsVersion is not > 0) fields.Add("correctsVersion", "须填写被更正事件的版本号（不小于 1 的整数）");
        decimal figure = 0;
        YearMonth exitMonth = default;
        LocalDate birthDate = default;
        string memberIdNumber = "";
        if (!fields.HasErrors)
        {
            if (field == CorrectedField.ExitMonth) exitMonth = fields.Month("value", value);
            else if (field == CorrectedField.BirthDate)
            {
                birthDate = fields.Date("value", value);
                memberIdNumber = fields.IdNumber("memberIdNumber", request.MemberIdNumber);
                if (!fields.HasErrors && birthDate > correctedOn) fields.Add("value", $"出生日期 {birthDate:yyyy-MM-dd} 晚于更正日期");
            }
            else if (!decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out figure) || figure < 0 || decimal.Round(figure, 2) != figure)
                fields.Add("value", $"「{value}」不是有效金额（元，不小于 0，最多两位小数）");
        }
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);

        var signedIn = user.Ledger();
        var actor = Actors.Of(signedIn);
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        var target = events.FirstOrDefault(e => e.Version == request.CorrectsVersion);

        return await CaseStreams.DecideAsync(session, id, request.ExpectedVersion, signedIn,
            state => target is null ? Task.FromResult<(CaseCorrected? Event, Refusal? Refusal, IReadOnlyList<string> Notes)>((null, new Refusal("被更正的事件不存在", $"案件 {id} 没有第 {request.CorrectsVersion} 版事件。"), []))
                : field == CorrectedField.BirthDate ? Task.FromResult(BirthDateCorrection.Plan(state, events, target, memberIdNumber, birthDate, correctedOn))
                : PlanAsync(session, state, events, target, field, figure, exitMonth, ct),
            (_, policy, planned) =>
            {
                if (planned.Refusal is { } refusal) return refusal;
                var recorded = planned.Event! with { Reason = reason, CorrectedOn = correctedOn, CorrectedBy = actor };
                var e = recorded with { Signature = Sign(id, actor, "更正", recorded) };
                var difference = CorrectionDifference.Of(events, e);
                var line = policy.InForce(correctedOn.ToYearMonth()).Parameters.CorrectionSecondSignatureAboveAmount;
                var awaiting = difference > line;
                IReadOnlyList<string> notes = awaiting
                    ? [.. planned.Notes, $"更正涉及金额 {difference:0.00} 元，超过本县联审联批金额线 {line:0.00} 元：须由另一名审批人复签后生效。"]
                    : planned.Notes;
                var result = new CorrectionResult(e.CorrectionId, e.OriginalValue, e.CorrectedValue, e.EffectiveMonth, e.UntilMonth, e.MonthlyAmount, difference, awaiting, notes);
                return (awaiting ? Decision.Accept(new CorrectionFirstSigned(e, difference, line!.Value)) : Decision.Accept(e)).Explained(result);
            }, ct);
    }

    /// <summary>电子签章 of a correction: the signer and the digest of what it corrects and to what.</summary>
    public static SignatureReference Sign(Guid caseId, string signer, string act, CaseCorrected e) => SignatureReference.Of(caseId, signer, act,
        e.CorrectsVersion, e.Field, e.MemberIdNumber, e.OriginalValue, e.CorrectedValue, e.EffectiveMonth.ToString("yyyy-MM", null), e.CorrectedOn.ToString("yyyy-MM-dd", null));

    private static async Task<(CaseCorrected? Event, Refusal? Refusal, IReadOnlyList<string> Notes)> PlanAsync(IQuerySession session, HouseholdCase state,
        IReadOnlyList<JasperFx.Events.IEvent> events, JasperFx.Events.IEvent target, CorrectedField field, decimal figure, YearMonth exitMonth, CancellationToken ct)
    {
        var type = target.EventType.Name;
        CaseCorrected Corrected(string original, string corrected, YearMonth from, YearMonth? until, decimal? amount, YearMonth? exit) =>
            new(Guid.CreateVersion7(), target.Version, type, field, original, corrected, from, until, amount, exit, "", default, "");

        switch (field)
        {
            case CorrectedField.ExitMonth:
                if (target.Data is not CaseExited exited) return (null, NotCorrectable(target.Version, CaseEventLabels.Of(target.EventType), "退出月份", "退出（停发）"), []);
                var from = exited.EffectiveMonth < exitMonth ? exited.EffectiveMonth : exitMonth;
                return (Corrected(Format(exited.EffectiveMonth), Format(exitMonth), from, null, null, exitMonth), null, []);

            case CorrectedField.MonthlyAmount:
                if (CorrectionPlan.AmountOf(target.Data) is not { } amount || CorrectionPlan.Months(events, target.Version) is not var (amountFrom, amountUntil))
                    return (null, NotCorrectable(target.Version, CaseEventLabels.Of(target.EventType), "月保障金额", "审核确认纳入、复核或标准调整"), []);
                return (Corrected(FieldReader.Format(amount), FieldReader.Format(figure), amountFrom, amountUntil, figure, null), null, []);

            default:
                if (CorrectionPlan.IncomeOf(target.Data) is not { } income)
                    return (null, NotCorrectable(target.Version, CaseEventLabels.Of(target.EventType), "家庭月收入", "家庭经济状况认定或复核"), []);
                if (CorrectionPlan.Months(events, target.Version) is not var (incomeFrom, incomeUntil))
                    return (null, new Refusal("该认定尚未据以审批", $"第 {target.Version} 版认定之后尚无审核确认，按正确收入重新认定即可，无须更正。"), []);
                var then = CorrectionPlan.WithIncome(events, target.Version, figure)!;
                var policy = await Policies.InForceAsync(session, state.CountyCode, incomeFrom, ct);
                if (CaseAmounts.Compute(then, state.Program, incomeFrom, policy.Parameters) is not { } computed)
                    return (null, new Refusal("无法测算更正后的金额", "按政策无法测算该案件更正后的月保障金额，请改为更正金额（MonthlyAmount）。"), []);
                return (Corrected(FieldReader.Format(income), FieldReader.Format(figure), incomeFrom, incomeUntil, computed.Total, null), null, []);
        }
    }

    private static Refusal NotCorrectable(long version, string label, string what, string where) =>
        new("该事件没有可更正的内容", $"第 {version} 版事件是「{label}」，{what}只能在「{where}」事件上更正。");

    private static string Format(YearMonth month) => month.ToString("yyyy-MM", null);
}
