using Assistance.Domain.Values;

namespace Assistance.Host.Counties;

public static class CountyReferenceData
{
    /// <summary>The 12 counties of 长治市, plus any listed under <c>Ledger:Counties</c> (code, name, cityName) in configuration.</summary>
    public static CountyRegistry From(IConfiguration configuration)
    {
        var extra = configuration.GetSection("Ledger:Counties").Get<List<County>>() ?? [];
        return new CountyRegistry(CountyRegistry.Changzhi.Concat(extra).DistinctBy(c => c.Code));
    }
}
