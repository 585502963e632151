using Microsoft.AspNetCore.Authorization;

namespace Assistance.Host.Access;

/// <summary>
/// The permission matrix as named authorization policies; every endpoint names one with <c>[Authorize(Policy = …)]</c>
/// (a test fails for an /api endpoint that names none). County and township scope is checked by the endpoints themselves,
/// because it depends on the case or county asked for.
/// </summary>
public static class LedgerPolicies
{
    /// <summary>Any signed-in user with a ledger role: counties, policy and calendar reads, statistics and dashboards.</summary>
    public const string AnyRole = "AnyRole";

    /// <summary>Cases, their history and the worklists: the people who handle or check them.</summary>
    public const string ReadCases = "ReadCases";

    /// <summary>Applications, commitments, assessments, reviews, member changes, warning checks.</summary>
    public const string HandleCases = "HandleCases";

    /// <summary>Temporary grants: a caseworker within the township's authority, an approver above it.</summary>
    public const string GrantTemporaryAssistance = "GrantTemporaryAssistance";

    /// <summary>Enrolments, rejections, exits, payment rolls and the bank file.</summary>
    public const string Approve = "Approve";

    /// <summary>Audit trail and verification: auditors, and approvers for the cases they sign.</summary>
    public const string Audit = "Audit";

    /// <summary>The log of full-ID views: auditors only.</summary>
    public const string AuditorsOnly = "AuditorsOnly";

    /// <summary>Policy, calendar, data comparisons, imports and accounts.</summary>
    public const string Administer = "Administer";

    public static void Add(AuthorizationOptions options)
    {
        Roles(options, AnyRole, LedgerRoles.All.ToArray());
        Roles(options, ReadCases, LedgerRoles.Caseworker, LedgerRoles.Approver, LedgerRoles.Auditor);
        Roles(options, HandleCases, LedgerRoles.Caseworker);
        Roles(options, GrantTemporaryAssistance, LedgerRoles.Caseworker, LedgerRoles.Approver);
        Roles(options, Approve, LedgerRoles.Approver);
        Roles(options, Audit, LedgerRoles.Auditor, LedgerRoles.Approver);
        Roles(options, AuditorsOnly, LedgerRoles.Auditor);
        Roles(options, Administer, LedgerRoles.Administrator);
        // Anything that names no policy still needs a signed-in user.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }

    private static void Roles(AuthorizationOptions options, string name, params string[] roles) =>
        options.AddPolicy(name, p => p.RequireAuthenticatedUser().RequireRole(roles));
}
