using Assistance.Domain.Statistics;
using DomainProgram = Assistance.Domain.Values.Program;

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

/// <summary>环比: the change against the previous month (上期) as a fraction; null when the previous month was zero.</summary>
public sealed record MonthOnMonth(decimal? ClosingPersons, decimal? ClosingHouseholds, decimal? NewPersons, decimal? ExitedPersons)
{
    public static MonthOnMonth Of(Figures now, Figures previous) => new(
        Rates.Change(previous.ClosingPersons, now.ClosingPersons), Rates.Change(previous.ClosingHouseholds, now.ClosingHouseholds),
        Rates.Change(previous.NewPersons, now.NewPersons), Rates.Change(previous.ExitedPersons, now.ExitedPersons));
}

/// <summary>
/// One county's row of the monthly statistics (民政统计月报): the contract's columns, then transfers between programs,
/// member changes, the urban and rural split, exits by reason, the previous month (上期) and 环比.
/// Every row reconciles: opening + new − exited + transferIn − transferOut + memberChange = closing.
/// </summary>
public sealed record MonthlyRow(
    string CountyCode, string CountyName, string Month, DomainProgram Program,
    int OpeningPersons, int OpeningHouseholds,
    int NewPersons, int NewHouseholds,
    int ExitedPersons, int ExitedHouseholds,
    int ClosingPersons, int ClosingHouseholds,
    int NetGrowthPersons, int NetGrowthHouseholds,
    int TransferInPersons, int TransferInHouseholds,
    int TransferOutPersons, int TransferOutHouseholds,
    int MemberChangePersons,
    Figures Urban, Figures Rural,
    IReadOnlyDictionary<string, HouseholdsPersons> ExitsByReason,
    string PreviousMonth, Figures Previous, MonthOnMonth MonthOnMonth);

/// <summary>One county's growth against the baseline month (e.g. 较2024年底).</summary>
public sealed record GrowthCounty(
    string CountyCode, string CountyName, int BaselinePersons, int Persons, int NetGrowth, decimal? GrowthRate,
    int BaselineHouseholds, int Households);

public sealed record GrowthTotal(int BaselinePersons, int Persons, int NetGrowth, decimal? GrowthRate, int BaselineHouseholds, int Households);

public sealed record GrowthReport(
    string Baseline, string Month, DomainProgram Program, IReadOnlyList<GrowthCounty> Counties, GrowthTotal Total,
    bool AllCountiesPositive);

/// <summary>One month of the trend: the city's closing persons and net growth, and the chosen county's.</summary>
public sealed record TrendPoint(string Month, int CityPersons, int CityNetGrowth, int? CountyPersons, int? CountyNetGrowth);

public sealed record TrendReport(DomainProgram Program, string? CountyCode, string? CountyName, IReadOnlyList<TrendPoint> Points);

public static class Rates
{
    /// <summary>(now − before) / before as a fraction rounded to 4 places (a percentage with 2 decimals); 0 when both are 0, null when only the base is.</summary>
    public static decimal? Change(int before, int now) =>
        before == 0 ? (now == 0 ? 0m : null) : Math.Round((decimal)(now - before) / before, 4, MidpointRounding.AwayFromZero);
}
