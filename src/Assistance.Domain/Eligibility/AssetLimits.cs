namespace Assistance.Domain.Eligibility;

/// <summary>
/// 家庭财产限额. [INFERENCE] No national or Shanxi figures exist (N1 Art.10 leaves them to the province); these defaults are
/// common local practice and the same limits apply to 低保, 低保边缘 and 特困 until a county sets its own.
/// </summary>
public sealed record AssetLimits
{
    /// <summary>
    /// Deposits plus other financial assets may not exceed this many months of the household's applicable 低保标准 per person
    /// (12 = one year's standard per person, e.g. 12 × 780 × 3 = 28080 yuan for an urban household of three).
    /// </summary>
    public decimal FinancialAssetMonthsOfStandardPerPerson { get; init; } = 12m;

    /// <summary>Total value of the household's motor vehicles, in yuan; null means vehicles are not tested.</summary>
    public decimal? VehicleValueLimit { get; init; } = 50_000m;

    /// <summary>
    /// Total value of houses, in yuan; null (the default) means not tested, because the family's own home is exempt
    /// (N2 Art.14) and the declared value does not separate it from other property.
    /// </summary>
    public decimal? HouseValueLimit { get; init; }
}
