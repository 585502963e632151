using Assistance.Domain.Values;
using Wolverine.Http;

namespace Assistance.Host.Counties;

public sealed record CountyRow(string CountyCode, string CountyName, string CityName);

public static class CountiesEndpoint
{
    [WolverineGet("/api/counties", OperationId = "listCounties")]
    public static IReadOnlyList<CountyRow> Get(CountyRegistry counties) =>
        counties.All.Select(c => new CountyRow(c.Code, c.Name, c.CityName)).ToList();
}
