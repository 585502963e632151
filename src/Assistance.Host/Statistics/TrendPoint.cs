
namespace Assistance.Host.Statistics;

/// <summary>One month of the trend: the city's closing persons and net growth, and the chosen county's.</summary>
public sealed record TrendPoint(string Month, int CityPersons, int CityNetGrowth, int? CountyPersons, int? CountyNetGrowth);
