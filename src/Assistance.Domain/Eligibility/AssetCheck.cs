using Assistance.Domain.Policy;
namespace Assistance.Domain.Eligibility;

/// <summary>家庭财产核查 against <see cref="AssetLimits"/>; <see cref="Reasons"/> names each limit exceeded.</summary>
public sealed record AssetCheck(bool WithinLimits, decimal FinancialAssetLimit, IReadOnlyList<string> Reasons)
{
    /// <summary>Deposits and other assets count together as financial assets (存款、有价证券、理财等); vehicles and houses each have their own limit.</summary>
    public static AssetCheck For(HouseholdCircumstances household, PolicyParameters policy)
    {
        var limits = policy.AssetLimits;
        var assets = household.AssetsOrNone;
        var standard = policy.DibaoStandardFor(household.Residence);
        var financialLimit = limits.FinancialAssetMonthsOfStandardPerPerson * standard * household.Size;
        var financial = assets.Deposits + assets.Other;
        var reasons = new List<string>();

        if (financial > financialLimit)
            reasons.Add($"存款等金融资产 {Zh.Fen(financial)} 元，超过限额 {Zh.Yuan(financialLimit)} 元" +
                        $"（{Zh.Number(limits.FinancialAssetMonthsOfStandardPerPerson)}个月{ResidenceLabels.Of(household.Residence)}低保标准 × {household.Size} 人）");
        if (limits.VehicleValueLimit is { } vehicleLimit && assets.Vehicles > vehicleLimit)
            reasons.Add($"机动车辆价值 {Zh.Fen(assets.Vehicles)} 元，超过限额 {Zh.Yuan(vehicleLimit)} 元");
        if (limits.HouseValueLimit is { } houseLimit && assets.Houses > houseLimit)
            reasons.Add($"房产价值 {Zh.Fen(assets.Houses)} 元，超过限额 {Zh.Yuan(houseLimit)} 元");

        return new AssetCheck(reasons.Count == 0, financialLimit, reasons.Count == 0 ? ["家庭财产状况符合规定"] : reasons);
    }
}
