namespace Assistance.Domain.Reviews;

/// <summary>Why the household's income rose since enrolment; only employment or a household change earns 渐退 (N2 Art.33).</summary>
public enum IncomeChangeCause
{
    Other,

    /// <summary>A member took up work (就业).</summary>
    Employment,

    /// <summary>The household changed (家庭成员变化), e.g. a member left or a working member joined.</summary>
    HouseholdChange,
}
