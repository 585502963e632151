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
