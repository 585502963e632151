
namespace Assistance.Host.Statistics;

public sealed record GrowthTotal(int BaselinePersons, int Persons, int NetGrowth, decimal? GrowthRate, int BaselineHouseholds, int Households);
