namespace Assistance.Domain.Outreach;

/// <summary>What a 走访 found.</summary>
public enum VisitOutcome
{
    /// <summary>已申请: the household applied (a case follows).</summary>
    Applied,
    /// <summary>经核不符合条件</summary>
    NotEligible,
    /// <summary>本人不愿申请</summary>
    Declined,
    /// <summary>查无此人、人户分离</summary>
    NotFound,
    /// <summary>已纳入保障</summary>
    AlreadyCovered,
}
