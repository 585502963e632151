using System.Security.Claims;

namespace Assistance.Host.Access;

public static class LedgerUserExtensions
{
    public static LedgerUser Ledger(this ClaimsPrincipal principal) => LedgerUser.Of(principal);
}
