using System.Security.Claims;
using Assistance.Domain.Cases;
using Assistance.Domain.Labels;
using Assistance.Domain.Values;
using Assistance.Host.Cases;
using Assistance.Host.Core;
using JasperFx.Events;
using Marten;
using Marten.Events;
using NodaTime;
using Assistance.Host.Access;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Assistance.Host.Audit.Queries;

/// <summary>
/// 审计查询: the questions auditors bring to a county's cases: every decision of one person in a period, enrolments approved by
/// the person who assessed them (联审联批 forbids it; imported history may hold some), amounts changed by more than N % at a
/// review, and households exited and enrolled again within 12 months.
/// </summary>
public static class AuditQueryEndpoints
{
    private static readonly Type[] Decisions =
    [
        typeof(EnrolmentApproved), typeof(ApplicationRejected), typeof(CaseReviewed), typeof(CaseExited), typeof(TemporaryAssistanceGranted),
        typeof(EntitlementRecalculated), typeof(CaseCorrected), typeof(AppealDecided),
    ];

    [Authorize(Policy = LedgerPolicies.AuditorsOnly)]
    [WolverineGet("/api/audit/decisions", OperationId = "auditDecisionsByUser",
        Summary = "按人员查询决定",
        Description = "审计人员按操作人和期间查询其作出的审批、不予批准、停发等决定（仅限本人可见县区的案件）。")]
    public static async Task<IResult> ByUser(string? actor, string? from, string? to, IQuerySession session, CountyRegistry counties, ClaimsPrincipal user, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        var who = fields.Text("actor", actor);
        var first = fields.Date("from", from);
        var last = fields.Date("to", to);
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);
        var start = first.AtStartOfDayInZone(OfficeTime.Zone).ToInstant().ToDateTimeOffset();
        var end = OfficeTime.EndOf(last).ToDateTimeOffset();
        var events = await DecisionsBy(session, who, start, end).ToListAsync(ct);
        // One person may act in several counties (a city approver); an auditor sees the decisions on the cases of their own.
        var visible = await CaseReader.VisibleAsync(session, events.Select(e => e.StreamId), user.Ledger(), ct);
        return Results.Ok(events.Where(e => visible.Contains(e.StreamId)).Select(e => Row(e)).ToList());
    }

    /// <summary>The decisions one person recorded in a period, in the order recorded (read through <see cref="DecisionsByPersonIndex"/>).</summary>
    public static IQueryable<IEvent> DecisionsBy(IQuerySession session, string who, DateTimeOffset start, DateTimeOffset end) =>
        session.Events.QueryAllRawEvents()
            .Where(e => e.UserName == who && e.Timestamp >= start && e.Timestamp < end && e.EventTypesAre(Decisions))
            .OrderBy(e => e.Sequence);

    [Authorize(Policy = LedgerPolicies.AuditorsOnly)]
    [WolverineGet("/api/audit/self-approved", OperationId = "auditSelfApprovedEnrolments",
        Summary = "自审自批的纳入",
        Description = "审计人员查询同一人既认定（或复核）又审批纳入的案件（违反联审联批的历史记录）。")]
    public static async Task<IResult> SelfApproved(string? countyCode, IQuerySession session, CountyRegistry counties, ClaimsPrincipal user, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        if (!fields.TryReadCounty(user.Ledger(), countyCode, out var county, out var refused)) return refused;
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);
        var rows = new List<DecisionRow>();
        foreach (var stream in await EventsOfCountyAsync(session, county, [typeof(EconomicStatusAssessed), typeof(EnrolmentApproved)], ct))
        {
            string? assessor = null;
            foreach (var e in stream)
            {
                if (e.Data is EconomicStatusAssessed) assessor = e.UserName;
                else if (e.UserName is not null && e.UserName == assessor) rows.Add(Row(e, $"认定与审批均为 {assessor}"));
            }
        }
        return Results.Ok(rows);
    }

    [Authorize(Policy = LedgerPolicies.AuditorsOnly)]
    [WolverineGet("/api/audit/amount-changes", OperationId = "auditLargeAmountChanges",
        Summary = "大幅金额变动",
        Description = "审计人员查询救助金额一次变动超过给定百分比的案件。")]
    public static async Task<IResult> AmountChanges(string? countyCode, decimal? percent, IQuerySession session, CountyRegistry counties, ClaimsPrincipal user, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        if (!fields.TryReadCounty(user.Ledger(), countyCode, out var county, out var refused)) return refused;
        if (percent is not > 0) fields.Add("percent", "须填写大于 0 的百分比（如 30 表示 30%）");
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);
        var rows = new List<DecisionRow>();
        foreach (var stream in await EventsOfCountyAsync(session, county, [typeof(EnrolmentApproved), typeof(CaseReviewed), typeof(EntitlementRecalculated)], ct))
        {
            decimal? before = null;
            foreach (var e in stream)
            {
                var amount = e.Data switch { EnrolmentApproved a => a.MonthlyAmount, CaseReviewed r => r.MonthlyAmount, EntitlementRecalculated r => r.MonthlyAmount, _ => 0 };
                if (e.Data is CaseReviewed { Outcome: not ReviewOutcome.Exit } && before is > 0 && Math.Abs(amount - before.Value) / before.Value * 100 > percent)
                    rows.Add(Row(e, $"{before:0.00} 元 → {amount:0.00} 元（{(amount - before.Value) / before.Value:+0.0%;-0.0%}）"));
                before = amount;
            }
        }
        return Results.Ok(rows);
    }

    [Authorize(Policy = LedgerPolicies.AuditorsOnly)]
    [WolverineGet("/api/audit/re-enrolments", OperationId = "auditReEnrolmentsWithinAYear",
        Summary = "一年内再次纳入",
        Description = "审计人员查询退出后一年内再次纳入的家庭。")]
    public static async Task<IResult> ReEnrolments(string? countyCode, IQuerySession session, CountyRegistry counties, ClaimsPrincipal user, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        if (!fields.TryReadCounty(user.Ledger(), countyCode, out var county, out var refused)) return refused;
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);
        var cases = await session.Query<HouseholdCase>().Where(c => c.CountyCode == county).ToListAsync(ct);
        // Each enrolment is matched through its members' ID numbers, not against every exited case of the county: 8.7 s at
        // 21,000 cases (3,500 exited) when it was, and it grows with the square of the county.
        var exitedByMember = cases.Where(c => c.ExitMonth is not null)
            .SelectMany(x => x.Members.Select(m => (m.IdNumber, Exited: x))).ToLookup(p => p.IdNumber, p => p.Exited);
        // The query reads the cases in no order, so an enrolment's earlier cases are listed by when they exited.
        var rows = cases.Where(c => c.EffectiveMonth is not null).SelectMany(c => c.EnrolledIdNumbers.SelectMany(id => exitedByMember[id])
                .Distinct()
                .Where(x => x.Id != c.Id && x.ExitMonth <= c.EffectiveMonth && c.EffectiveMonth < x.ExitMonth!.Value.PlusMonths(12))
                .OrderBy(x => x.ExitMonth)
                .Select(x => new { caseId = c.Id, enrolledFrom = c.EffectiveMonth, previousCaseId = x.Id, exitedFrom = x.ExitMonth, exitReason = x.ExitReason }))
            .ToList();
        return Results.Ok(rows);
    }

    private static async Task<IEnumerable<IGrouping<Guid, IEvent>>> EventsOfCountyAsync(IQuerySession session, string county, Type[] types, CancellationToken ct)
    {
        var ids = (await session.Query<HouseholdCase>().Where(c => c.CountyCode == county).Select(c => c.Id).ToListAsync(ct)).ToArray();
        var events = await session.Events.QueryAllRawEvents().Where(e => e.StreamId.IsOneOf(ids) && e.EventTypesAre(types)).ToListAsync(ct);
        return events.OrderBy(e => e.StreamId).ThenBy(e => e.Version).GroupBy(e => e.StreamId);
    }

    private static DecisionRow Row(IEvent e, string? detail = null) =>
        new(e.StreamId, e.Version, CaseEventLabels.Of(e.EventType), e.UserName ?? Actors.Unknown, e.Timestamp, detail);
}
