namespace Assistance.Host.Access;

/// <summary>The roles and counties given for an account or a script token, checked the same way for both CLI verbs.</summary>
public static class AccountInput
{
    public static List<string> Check(string userName, string? rolesText, string? countiesText, out List<string> roles, out List<string> counties)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(userName)) problems.Add("请给出账号名");
        roles = Split(rolesText);
        counties = Split(countiesText);
        if (roles.Count == 0) problems.Add("请用 --roles 给出角色：Caseworker, Approver, Auditor, Administrator");
        foreach (var unknown in roles.Where(r => !LedgerRoles.All.Contains(r))) problems.Add($"未知角色「{unknown}」");
        if (counties.Count == 0) problems.Add("请用 --counties 给出县级行政区划代码（或 * 表示全部）");
        foreach (var code in counties.Where(c => c != LedgerClaims.EveryCounty && !(c.Length == 6 && c.All(char.IsAsciiDigit))))
            problems.Add($"「{code}」不是 6 位县级行政区划代码");
        return problems;
    }

    private static List<string> Split(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
}
