using Assistance.Domain.Labels;
using Assistance.Domain.Outreach;
using Assistance.Domain.Values;
using NodaTime;

namespace Assistance.Host.Outreach;

/// <summary>
/// One row of the outreach worklist: the worklist fields of the contract (caseId is the case that once covered the person
/// or the pending application, if any; headOfHousehold the masked ID number; dueOn the end of the two-month visiting
/// round after rostering) and what the page shows besides, with <c>personKey</c> for recording a visit.
/// </summary>
public sealed record OutreachWorklistRow(
    Guid? CaseId,
    string CountyCode,
    string CountyName,
    string? Township,
    string? Village,
    string HeadOfHousehold,
    string Name,
    string Reason,
    IReadOnlyList<string> ReasonCodes,
    IReadOnlyList<string> Sources,
    LocalDate DueOn,
    int OverdueDays,
    bool MayQualifyAlone,
    string Coverage,
    string VisitStatus,
    string VisitStatusName,
    LocalDate? LastVisitedOn,
    Guid PersonKey,
    string VisitUrl)
{
    /// <summary>The article's round: 2,054 villages visited in two months.</summary>
    public static readonly Period VisitingRound = Period.FromMonths(2);

    public static OutreachWorklistRow Of(RosteredPerson p, LocalDate today, CountyRegistry counties)
    {
        var last = p.LastVisit;
        var due = p.RosteredOn.Plus(VisitingRound);
        var reason = string.Join("；", p.Listings.Select(l => $"{l.Source}：{RosterCategoryLabels.Of(l.Category)}"));
        if (p.Coverage is { Status: CoverageStatus.PreviouslyCovered, ExitedIn: { } exitedIn })
            reason += $"；曾纳入保障，{exitedIn:yyyy-MM} 退出（{ExitReasonLabels.Of(p.Coverage.ExitReason ?? ExitReason.Other)}）";
        if (p.MayQualifyAlone) reason += "；可单独申请（单人保）";
        return new(p.Coverage.OpenApplicationId ?? p.Coverage.CaseId, p.CountyCode, counties.NameOf(p.CountyCode), p.Township, p.Village,
            IdNumber.Mask(p.Id), p.Name, reason, [.. p.Listings.Select(l => l.Category.ToString()).Distinct()], p.Sources,
            due, last is null ? Math.Max(0, Period.DaysBetween(due, today)) : 0, p.MayQualifyAlone, p.CoverageStatus.ToString(),
            last?.Outcome.ToString() ?? "NotVisited", last is null ? "未走访" : VisitOutcomeLabels.Of(last.Outcome), last?.VisitedOn, p.Key,
            $"/api/outreach/persons/{p.Key}/visits");
    }
}
