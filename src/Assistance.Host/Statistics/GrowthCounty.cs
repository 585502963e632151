
namespace Assistance.Host.Statistics;

/// <summary>One county's growth against the baseline month (e.g. 较2024年底).</summary>
public sealed record GrowthCounty(
    string CountyCode, string CountyName, int BaselinePersons, int Persons, int NetGrowth, decimal? GrowthRate,
    int BaselineHouseholds, int Households);
