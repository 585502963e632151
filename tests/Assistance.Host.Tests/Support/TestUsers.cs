using Assistance.Host.Access;

namespace Assistance.Host.Tests.Support;

/// <summary>The signed-in people the tests act as: one per role for every county, and county- or township-bound ones.</summary>
public static class TestUsers
{
    public static readonly LedgerUser Caseworker = User("caseworker", "经办员张", LedgerRoles.Caseworker, "*");
    public static readonly LedgerUser SecondCaseworker = User("caseworker-2", "经办员赵", LedgerRoles.Caseworker, "*");
    public static readonly LedgerUser Approver = User("approver", "审批员王", LedgerRoles.Approver, "*");
    public static readonly LedgerUser SecondApprover = User("approver-2", "审批员刘", LedgerRoles.Approver, "*");
    public static readonly LedgerUser Auditor = User("auditor", "审计员孙", LedgerRoles.Auditor, "*");
    public static readonly LedgerUser Administrator = User("admin", "管理员周", LedgerRoles.Administrator, "*");

    public static LedgerUser CaseworkerOf(string county, string? township = null) =>
        User($"caseworker-{county}{township}", $"经办员{county}", LedgerRoles.Caseworker, county, township);

    public static LedgerUser ApproverOf(string county) => User($"approver-{county}", $"审批员{county}", LedgerRoles.Approver, county);

    public static LedgerUser AuditorOf(string county) => User($"auditor-{county}", $"审计员{county}", LedgerRoles.Auditor, county);

    public static LedgerUser AdministratorOf(string county) => User($"admin-{county}", $"管理员{county}", LedgerRoles.Administrator, county);

    public static LedgerUser User(string id, string name, string role, string county, string? township = null) =>
        new(id, name, new HashSet<string> { role }, new HashSet<string> { county }, township);
}

/// <summary>One person per role, all bound to one county.</summary>
public sealed record TestUserSet(string County)
{
    public Assistance.Host.Access.LedgerUser Caseworker => TestUsers.CaseworkerOf(County);
    public Assistance.Host.Access.LedgerUser Approver => TestUsers.ApproverOf(County);
    public Assistance.Host.Access.LedgerUser Auditor => TestUsers.AuditorOf(County);
}
