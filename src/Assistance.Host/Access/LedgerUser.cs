using System.Security.Claims;

namespace Assistance.Host.Access;

/// <summary>
/// The signed-in user as the ledger sees it: who (recorded as the actor of every event), which roles, and the counties
/// (and optionally the one township) whose cases they may see. Built from the token's claims only.
/// </summary>
public sealed record LedgerUser(string Id, string Name, IReadOnlySet<string> Roles, IReadOnlySet<string> Counties, string? Township)
{
    public bool AllCounties => Counties.Contains(LedgerClaims.EveryCounty);

    public bool IsIn(string role) => Roles.Contains(role);

    public bool MaySeeCounty(string countyCode) => AllCounties || Counties.Contains(countyCode);

    /// <summary>A case is visible when its county is in scope and, for a township-bound user, it belongs to that township.</summary>
    public bool MaySee(string countyCode, string? township) =>
        MaySeeCounty(countyCode) && (Township is null || string.Equals(Township, township, StringComparison.Ordinal));

    /// <summary>Full ID numbers are for the caseworkers and approvers of the case's county; everyone else reads them masked.</summary>
    public bool MayReadFullIdNumbers(string countyCode, string? township) =>
        (IsIn(LedgerRoles.Caseworker) || IsIn(LedgerRoles.Approver)) && MaySee(countyCode, township);

    public static LedgerUser Of(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(LedgerClaims.Subject) ?? "";
        return new LedgerUser(
            id,
            principal.FindFirstValue(LedgerClaims.Name) is { Length: > 0 } name ? name : id,
            principal.FindAll(LedgerClaims.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
            principal.FindAll(LedgerClaims.County).Select(c => c.Value.Trim()).ToHashSet(StringComparer.Ordinal),
            principal.FindFirstValue(LedgerClaims.Township) is { Length: > 0 } township ? township : null);
    }
}
