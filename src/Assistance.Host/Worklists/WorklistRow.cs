using Assistance.Domain.Calendar;
using Assistance.Domain.Labels;
using Assistance.Domain.Values;
using NodaTime;
using Assistance.Domain.Worklists;

namespace Assistance.Host.Worklists;

/// <summary>
/// One row of a worklist: the contract fields (caseId, countyCode, township, headOfHousehold as the masked ID number,
/// reason, dueOn, overdueDays in calendar days, 0 when not yet due) and what the page shows besides.
/// </summary>
public sealed record WorklistRow(
    Guid CaseId,
    string CountyCode,
    string CountyName,
    string? Township,
    string? Village,
    string HeadOfHousehold,
    string HeadName,
    string Reason,
    IReadOnlyList<string> ReasonCodes,
    LocalDate DueOn,
    int OverdueDays,
    string Status,
    string StatusName,
    string Program,
    string CaseUrl,
    int? AgeWorkingDays,
    IReadOnlyList<WarningRow>? Warnings)
{
    public static WorklistRow Of(CaseWorklist doc, Worklist list, LocalDate today, WorkingDayCalendar days, CountyRegistry counties)
    {
        // The page reads only documents on the list.
        var entry = WorklistQuery.EntryOf(doc, list)!;
        var due = DayNumber.ToDate(entry.DueOn);
        var overdue = Math.Max(0, Period.DaysBetween(due, today));
        // Whether a review is overdue depends on the day the list is read, not on what the stored entry was computed on.
        var reason = list == Worklist.ReviewsDue && overdue > 0 ? $"{entry.Reason}，已逾期 {overdue} 天" : entry.Reason;
        return new(doc.Id, doc.CountyCode, counties.NameOf(doc.CountyCode), doc.Township, doc.Village, doc.HeadIdNumberMasked,
            doc.HeadName, reason, entry.Codes, due, overdue, doc.Status,
            CaseStatusLabels.Of(Enum.Parse<CaseStatus>(doc.Status)), doc.Program, $"/cases/view.html?id={doc.Id}",
            list == Worklist.PendingApplications ? Math.Max(0, days.WorkingDaysBetween(DayNumber.ToDate(doc.AppliedOn), today)) : null,
            list == Worklist.Warnings
                ? doc.Facts.OpenWarnings.Select(w => new WarningRow(w.WarningId, Assistance.Domain.Values.IdNumber.Mask(w.IdNumber), w.SourceDepartment, w.Kind, w.ReportedOn, w.VerifyBy)).ToList()
                : null);
    }
}
