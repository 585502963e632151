using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Assistance.Host.Access;

public static class MeEndpoint
{
    /// <summary>当前用户：the signed-in user's name, roles and counties, as the pages show them.</summary>
    [Authorize(Policy = LedgerPolicies.AnyRole)]
    [WolverineGet("/api/me", OperationId = "getCurrentUser",
        Summary = "当前用户",
        Description = "当前登录用户的编号、姓名、角色、所辖县和乡镇，与页面显示一致。")]
    public static UserProfile Get(ClaimsPrincipal user) => UserProfile.Of(user.Ledger());
}
