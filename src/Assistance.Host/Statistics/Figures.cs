using Assistance.Domain.Statistics;

namespace Assistance.Host.Statistics;

/// <summary>Opening, movements and closing of one month, in persons and households.</summary>
public sealed record Figures(
    int OpeningPersons, int OpeningHouseholds,
    int NewPersons, int NewHouseholds,
    int ExitedPersons, int ExitedHouseholds,
    int ClosingPersons, int ClosingHouseholds,
    int NetGrowthPersons, int NetGrowthHouseholds)
{
    public static Figures Of(CaseloadFigures f) => new(
        f.OpeningPersons, f.OpeningHouseholds, f.Flows.NewPersons, f.Flows.NewHouseholds, f.Flows.ExitedPersons, f.Flows.ExitedHouseholds,
        f.ClosingPersons, f.ClosingHouseholds, f.NetGrowthPersons, f.NetGrowthHouseholds);
}
