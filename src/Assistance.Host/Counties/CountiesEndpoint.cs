using Microsoft.AspNetCore.Authorization;
using Assistance.Host.Access;
using System.Security.Claims;
using Assistance.Domain.Values;
using Wolverine.Http;

namespace Assistance.Host.Counties;

public static class CountiesEndpoint
{
    [Authorize(Policy = LedgerPolicies.AnyRole)]
    [WolverineGet("/api/counties", OperationId = "listCounties",
        Summary = "列出县（市、区）",
        Description = "本市各县（市、区）的代码和名称（参考数据），仅含用户所辖的县。")]
    public static IReadOnlyList<CountyRow> Get(CountyRegistry counties, ClaimsPrincipal user) =>
        counties.VisibleTo(user.Ledger()).All.Select(c => new CountyRow(c.Code, c.Name, c.CityName)).ToList();
}
