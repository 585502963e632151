using System.Text.Json.Nodes;
using Alba;
using Assistance.Host.Tests.Support;

namespace Assistance.Host.Tests.Sample;

public static class GrowthQuery
{
    /// <summary>GET /api/statistics/growth for 低保 (the contract's growth endpoint).</summary>
    public static async Task<JsonNode> GrowthAsync(this IAlbaHost host, string baseline, string month)
    {
        var result = await host.Scenario(s =>
        {
            s.Get.Url($"/api/statistics/growth?baseline={baseline}&month={month}&program=Dibao");
            s.StatusCodeShouldBeOk();
        });
        return await result.ReadJsonNodeAsync();
    }
}
