using Assistance.Domain.Calendar;
using Assistance.Domain.Values;
using Assistance.Domain.Cases;
using Assistance.Domain.Worklists;

namespace Assistance.Host.Worklists;

/// <summary>
/// The worklist read model of one case (async projection of its stream): the case folded, the facts of its stream,
/// and its row on each list it belongs to (null when it is not on that list).
/// </summary>
public sealed class CaseWorklist
{
    public Guid Id { get; set; }
    public string CountyCode { get; set; } = "";
    public string? Township { get; set; }
    public string? Village { get; set; }
    public string HeadName { get; set; } = "";
    public string HeadIdNumberMasked { get; set; } = "";
    public string Status { get; set; } = "";
    public string Program { get; set; } = "";
    public int AppliedOn { get; set; }
    public HouseholdCase Case { get; set; } = new();
    public CaseFacts Facts { get; set; } = new();

    public WorklistEntry? PendingApplications { get; set; }
    public WorklistEntry? ReviewsDue { get; set; }
    public WorklistEntry? ShouldExit { get; set; }
    public WorklistEntry? PossiblyEligible { get; set; }
    public WorklistEntry? Duplicates { get; set; }
    public WorklistEntry? Warnings { get; set; }

    public void Refresh(WorkingDayCalendar days, WorklistPolicy policy)
    {
        CountyCode = Case.CountyCode;
        Township = Case.Township;
        Village = Case.Village;
        if (Case.Members.Count > 0)
        {
            HeadName = Case.Applicant.Name;
            HeadIdNumberMasked = IdNumber.Mask(Case.Applicant.IdNumber);
        }
        Status = Case.Status.ToString();
        Program = Case.Program.ToString();
        AppliedOn = DayNumber.Of(Case.AppliedOn);

        var lists = WorklistRules.Evaluate(Case, Facts, days, policy);
        PendingApplications = WorklistEntry.Of(lists.GetValueOrDefault(Worklist.PendingApplications));
        ReviewsDue = WorklistEntry.Of(lists.GetValueOrDefault(Worklist.ReviewsDue));
        ShouldExit = WorklistEntry.Of(lists.GetValueOrDefault(Worklist.ShouldExit));
        PossiblyEligible = WorklistEntry.Of(lists.GetValueOrDefault(Worklist.PossiblyEligible));
        Duplicates = WorklistEntry.Of(lists.GetValueOrDefault(Worklist.Duplicates));
        Warnings = WorklistEntry.Of(lists.GetValueOrDefault(Worklist.Warnings));
    }
}
