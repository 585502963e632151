namespace Assistance.Domain.Statistics;

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
