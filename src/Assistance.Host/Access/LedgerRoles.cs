namespace Assistance.Host.Access;

/// <summary>The four roles a token's <c>role</c> claim may carry (the contract's Access section).</summary>
public static class LedgerRoles
{
    /// <summary>经办人: applications, commitments, assessments, reviews, member changes, temporary grants within the township's authority.</summary>
    public const string Caseworker = "Caseworker";

    /// <summary>审批人: enrolments, rejections, exits, grants above the township's authority, payment rolls.</summary>
    public const string Approver = "Approver";

    /// <summary>审计人员: reads everything in scope, writes nothing.</summary>
    public const string Auditor = "Auditor";

    /// <summary>系统管理员: policy, calendar, data comparisons, imports, accounts.</summary>
    public const string Administrator = "Administrator";

    public static readonly IReadOnlyList<string> All = [Caseworker, Approver, Auditor, Administrator];

    public static string ZhName(string role) => role switch
    {
        Caseworker => "经办人",
        Approver => "审批人",
        Auditor => "审计人员",
        Administrator => "系统管理员",
        _ => role,
    };
}
