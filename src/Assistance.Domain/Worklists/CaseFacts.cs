using Assistance.Domain.Cases;
using Assistance.Domain.Duplicates;

namespace Assistance.Domain.Worklists;

/// <summary>
/// What a case's stream says beyond the case itself: the time-caused and cross-department facts the worklists
/// and the daily job read. Folded from the same stream as <see cref="HouseholdCase"/>.
/// </summary>
public sealed class CaseFacts
{
    /// <summary>The due date for which 复核到期 was recorded.</summary>
    public LocalDate? ReviewDueRecordedFor { get; set; }
    public LocalDate? ReviewOverdueRecordedFor { get; set; }
    public List<OpenWarning> OpenWarnings { get; set; } = [];
    /// <summary>Warnings found true, waiting for a review or an exit.</summary>
    public List<ConfirmedWarning> AwaitingAction { get; set; } = [];
    public List<DuplicateFlag> Duplicates { get; set; } = [];
    /// <summary>Every warning ever raised on the case, so that a comparison sent again raises nothing new.</summary>
    public List<Guid> RaisedWarningIds { get; set; } = [];
    /// <summary>The day the application was decided (approved or rejected), from the recorded time.</summary>
    public LocalDate? DecidedOn { get; set; }

    /// <param name="recordedOn">The office date on which the event was recorded.</param>
    public void Record(object e, LocalDate recordedOn)
    {
        switch (e)
        {
            case ReviewBecameDue due: ReviewDueRecordedFor = due.DueOn; break;
            case ReviewOverdue overdue: ReviewOverdueRecordedFor = overdue.DueOn; break;
            case DataComparisonWarningRaised w when !RaisedWarningIds.Contains(w.WarningId):
                RaisedWarningIds.Add(w.WarningId);
                OpenWarnings.Add(new(w.WarningId, w.IdNumber, w.SourceDepartment, w.Kind, w.ReportedOn, w.RaisedOn, w.VerifyBy));
                break;
            case DataComparisonWarningVerified v:
                var open = OpenWarnings.Find(o => o.WarningId == v.WarningId);
                if (open is null) break;
                OpenWarnings.Remove(open);
                if (v.Outcome == VerificationOutcome.Confirmed)
                    AwaitingAction.Add(new(v.WarningId, open.SourceDepartment, open.Kind, v.VerifiedOn));
                break;
            case CaseReviewed or CaseExited: AwaitingAction.Clear(); break;
            case EnrolmentApproved or ApplicationRejected: DecidedOn = recordedOn; break;
        }
    }

    /// <summary>A 重复享受 finding about the case <paramref name="caseId"/>, from the person's duplicate stream.</summary>
    public void RecordDuplicate(Guid caseId, object finding)
    {
        switch (finding)
        {
            case DuplicateAssistanceFlagged f:
                var (otherCase, otherCounty) = f.CaseId == caseId ? (f.OtherCaseId, f.OtherCountyCode) : (f.CaseId, f.CountyCode);
                if (!Duplicates.Any(x => x.IdNumber == f.IdNumber && x.OtherCaseId == otherCase))
                    Duplicates.Add(new(f.IdNumber, otherCase, otherCounty, f.FlaggedOn));
                break;
            case DuplicateAssistanceResolved r:
                var other = r.CaseId == caseId ? r.OtherCaseId : r.CaseId;
                Duplicates.RemoveAll(x => x.IdNumber == r.IdNumber && x.OtherCaseId == other);
                break;
        }
    }

}
