namespace Assistance.Domain.Cases;

/// <summary>How a decision is challenged.</summary>
public enum AppealKind
{
    /// <summary>复核申请: the household asks the deciding office to look again.</summary>
    Reconsideration,
    /// <summary>行政复议: administrative review by the higher authority.</summary>
    AdministrativeReview,
    /// <summary>举报: a report by a third party that the decision was wrong.</summary>
    Report,
}

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
