
namespace Assistance.Host.Statistics;

/// <summary>环比: the change against the previous month (上期) as a fraction; null when the previous month was zero.</summary>
public sealed record MonthOnMonth(decimal? ClosingPersons, decimal? ClosingHouseholds, decimal? NewPersons, decimal? ExitedPersons)
{
    public static MonthOnMonth Of(Figures now, Figures previous) => new(
        Rates.Change(previous.ClosingPersons, now.ClosingPersons), Rates.Change(previous.ClosingHouseholds, now.ClosingHouseholds),
        Rates.Change(previous.NewPersons, now.NewPersons), Rates.Change(previous.ExitedPersons, now.ExitedPersons));
}
