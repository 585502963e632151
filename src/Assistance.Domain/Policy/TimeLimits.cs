namespace Assistance.Domain.Policy;

/// <summary>办理时限: procedure deadlines in working days (工作日) unless the name says otherwise (N2 Art.15–22, N3 Art.13–18, N9 Art.8–10).</summary>
public sealed record TimeLimits
{
    /// <summary>低保 入户调查 starts within this many working days of acceptance.</summary>
    public int DibaoInvestigationStartWorkingDays { get; init; } = 3;

    /// <summary>低保 county data check (信息核对) starts within this many working days of the request.</summary>
    public int DibaoDataCheckStartWorkingDays { get; init; } = 3;

    public int DibaoCountyDecisionWorkingDays { get; init; } = 10;

    public int DibaoRejectionNoticeWorkingDays { get; init; } = 3;

    public int DibaoWholeProcedureWorkingDays { get; init; } = 30;

    /// <summary>The whole 低保 procedure when extended with a recorded reason (特殊情况).</summary>
    public int DibaoWholeProcedureExtendedWorkingDays { get; init; } = 45;

    public int TekunTownshipWorkingDays { get; init; } = 15;

    public int TekunCountyWorkingDays { get; init; } = 15;

    public int TekunRejectionNoticeWorkingDays { get; init; } = 3;

    /// <summary>公示, in calendar days, for 低保 and 特困 alike.</summary>
    public int PublicityDays { get; init; } = 7;

    /// <summary>生活自理能力 reassessment after a reported change.</summary>
    public int SelfCareReassessmentWorkingDays { get; init; } = 10;

    /// <summary>刚性支出困难家庭 recognition.</summary>
    public int RigidExpenditureRecognitionWorkingDays { get; init; } = 30;

    public int RigidExpenditureRecognitionExtendedWorkingDays { get; init; } = 45;

    /// <summary>How long a 刚性支出困难 recognition stays valid before the family must apply again.</summary>
    public int RigidExpenditureValidityMonths { get; init; } = 12;

    /// <summary>After a member's death the household is re-checked (增发/减发/停发) within this many months (N5 §1(3)).</summary>
    public int DeathRecheckMonths { get; init; } = 3;
}
