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

public static class MonthlyCaseload
{
    /// <summary>
    /// The caseload of <paramref name="month"/> from the monthly movements of every month: the opening is the sum of all
    /// earlier movements, so a backdated movement changes that month and every later opening and closing.
    /// </summary>
    public static CaseloadFigures For(IEnumerable<(YearMonth Month, FlowCounts Counts)> flows, YearMonth month)
    {
        int openingHouseholds = 0, openingPersons = 0;
        var current = new FlowCounts();
        foreach (var (m, counts) in flows)
        {
            if (m < month)
            {
                openingHouseholds += counts.NetHouseholds;
                openingPersons += counts.NetPersons;
            }
            else if (m == month) current.Add(counts);
        }
        return new CaseloadFigures(openingHouseholds, openingPersons, current);
    }
}
