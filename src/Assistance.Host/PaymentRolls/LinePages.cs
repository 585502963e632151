using Assistance.Domain.PaymentRolls;

namespace Assistance.Host.PaymentRolls;

/// <summary>Where a page of a roll's lines ends: a household's lines are together in a roll, and a page never splits them.</summary>
public static class LinePages
{
    /// <returns>The index after the page that starts at <paramref name="start"/>: case by case until it holds at least <paramref name="limit"/> lines.</returns>
    public static int End(IReadOnlyList<RollLine> lines, int start, int limit)
    {
        var end = start;
        while (end < lines.Count && end - start < limit)
            for (var caseId = lines[end].CaseId; end < lines.Count && lines[end].CaseId == caseId;) end++;
        return end;
    }
}
