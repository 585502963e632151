using Microsoft.AspNetCore.Authorization;
using Assistance.Host.Access;
using System.Security.Claims;
using Assistance.Domain.Values;
using Wolverine.Http;

namespace Assistance.Host.Counties;

public static class CountiesEndpoint
{
    [Authorize(Policy = LedgerPolicies.AnyRole)]
    [WolverineGet("/api/counties", OperationId = "listCounties")]
    public static IReadOnlyList<CountyRow> Get(CountyRegistry counties, ClaimsPrincipal user) =>
        counties.VisibleTo(user.Ledger()).All.Select(c => new CountyRow(c.Code, c.Name, c.CityName)).ToList();
}
