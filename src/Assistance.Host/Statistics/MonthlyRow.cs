using Assistance.Domain.Statistics;
using DomainProgram = Assistance.Domain.Values.Program;

namespace Assistance.Host.Statistics;

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
