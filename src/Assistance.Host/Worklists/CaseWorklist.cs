using Assistance.Domain.Calendar;
using Assistance.Domain.Values;
using Assistance.Domain.Cases;
using Assistance.Domain.Worklists;

namespace Assistance.Host.Worklists;

/// <summary>
/// The worklist read model of one case (async projection of its stream): what a row shows of the case, the facts of its
/// stream, and its row on each list it belongs to (null when it is not on that list). The case itself is not kept here: the
/// lists are evaluated from the case's snapshot, and every list's count and page reads these documents.
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
    /// <summary>The version of the stream's last event this document has taken in (the refresh writes only over that version).</summary>
    public long Version { get; set; }
    public CaseFacts Facts { get; set; } = new();

    public WorklistEntry? PendingApplications { get; set; }
    public WorklistEntry? ReviewsDue { get; set; }
    public WorklistEntry? ShouldExit { get; set; }
    public WorklistEntry? PossiblyEligible { get; set; }
    public WorklistEntry? Duplicates { get; set; }
    public WorklistEntry? Warnings { get; set; }

    public void Refresh(HouseholdCase c, WorkingDayCalendar days, WorklistPolicy policy)
    {
        CountyCode = c.CountyCode;
        Township = c.Township;
        Village = c.Village;
        if (c.Members.Count > 0)
        {
            HeadName = c.Applicant.Name;
            HeadIdNumberMasked = IdNumber.Mask(c.Applicant.IdNumber);
        }
        Status = c.Status.ToString();
        Program = c.Program.ToString();
        AppliedOn = DayNumber.Of(c.AppliedOn);

        var lists = WorklistRules.Evaluate(c, Facts, days, policy);
        PendingApplications = WorklistEntry.Of(lists.GetValueOrDefault(Worklist.PendingApplications));
        ReviewsDue = WorklistEntry.Of(lists.GetValueOrDefault(Worklist.ReviewsDue));
        ShouldExit = WorklistEntry.Of(lists.GetValueOrDefault(Worklist.ShouldExit));
        PossiblyEligible = WorklistEntry.Of(lists.GetValueOrDefault(Worklist.PossiblyEligible));
        Duplicates = WorklistEntry.Of(lists.GetValueOrDefault(Worklist.Duplicates));
        Warnings = WorklistEntry.Of(lists.GetValueOrDefault(Worklist.Warnings));
    }
}
