namespace Assistance.Domain.Statistics;

/// <summary>One month's caseload: 期初 (opening), the month's movements, 期末 (closing).</summary>
public sealed record CaseloadFigures(int OpeningHouseholds, int OpeningPersons, FlowCounts Flows)
{
    public int ClosingHouseholds => OpeningHouseholds + Flows.NetHouseholds;
    public int ClosingPersons => OpeningPersons + Flows.NetPersons;
    /// <summary>净增: closing minus opening, so that a row always reconciles (期初 + 净增 = 期末).</summary>
    public int NetGrowthHouseholds => Flows.NetHouseholds;
    public int NetGrowthPersons => Flows.NetPersons;
}
