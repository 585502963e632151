namespace Assistance.Domain.Cases;

/// <summary>
/// 联审联批 (separation of duties): the person who assessed or reviewed a case does not also decide its enrolment, rejection
/// or exit; and a decision the county marks as weighty needs a second approver's signature.
/// </summary>
public static class SeparationOfDuties
{
    public static Refusal? DeciderMayDecide(HouseholdCase state, string decidedBy)
    {
        if (state.LatestAssessment?.AssessedBy == decidedBy)
            return new("联审联批：认定人不能审批",
                "您办理了该案件的家庭经济状况认定。按联审联批（审核与审批分离）的规定，须由另一名审批人作出审批决定。");
        if (state.LatestReview?.ReviewedBy == decidedBy)
            return new("联审联批：复核人不能审批",
                "您办理了该案件的最近一次复核。按联审联批（审核与审批分离）的规定，须由另一名审批人作出决定。");
        return null;
    }

    /// <summary>The second signature: by another approver than the one who signed first.</summary>
    public static Refusal? SecondSignerMaySign(FirstApprovalSigned first, string decidedBy) => first.Terms.DecidedBy == decidedBy
        ? new("联审联批：须由另一名审批人复签", $"该审批决定已由 {first.Terms.DecidedBy} 初签，复签须由另一名审批人办理。")
        : null;

    /// <summary>The second signature of a correction above the county's line: by another approver than the one who recorded it.</summary>
    public static Refusal? SecondSignerMaySign(CorrectionFirstSigned first, string signer) => first.Correction.CorrectedBy == signer
        ? new("联审联批：须由另一名审批人复签", $"该更正已由 {first.Correction.CorrectedBy} 初签，复签须由另一名审批人办理。")
        : null;
}
