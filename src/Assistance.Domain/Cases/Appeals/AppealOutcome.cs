namespace Assistance.Domain.Cases;

/// <summary>The outcome of an appeal.</summary>
public enum AppealOutcome
{
    /// <summary>维持: the decision stands.</summary>
    Upheld,
    /// <summary>变更/撤销: the decision is changed (an exit undone, an amount set anew, a rejection reopened).</summary>
    Changed,
    /// <summary>撤回: the appellant withdrew.</summary>
    Withdrawn,
}
