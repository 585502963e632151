using System.Security.Cryptography;
using System.Text;
using Assistance.Domain.Entitlements;

namespace Assistance.Domain.PaymentRolls;

/// <summary>
/// The lines of a county's roll for a month: the amount each case's timeline says is due that month, and for every
/// earlier month whose roll was issued, the difference between what the timeline says now and what was paid —
/// so a correction recorded after a roll was issued shows up as 补发 or 追回 in the next roll, never by changing the issued one.
/// </summary>
public static class PaymentRollCalculator
{
    /// <param name="issuedMonths">Months of this county whose roll has been issued.</param>
    public static IReadOnlyList<RollLine> Lines(YearMonth month, IEnumerable<CaseEntitlement> cases, IReadOnlyCollection<YearMonth> issuedMonths)
    {
        var earlier = issuedMonths.Where(m => m < month).Order().ToList();
        var lines = new List<RollLine>();
        var starts = new List<YearMonth>();
        foreach (var c in cases.OrderBy(c => c.HeadIdNumber, StringComparer.Ordinal))
        {
            if (EntitlementTimeline.At(c.Segments, month) is { MonthlyAmount: > 0 } due)
                lines.Add(new RollLine(c.CaseId, c.HeadName, c.HeadIdNumber, due.Persons, due.MonthlyAmount, RollLineKind.Regular, month));
            if (earlier.Count > 0) AddDifferences(lines, c, earlier, starts);
        }
        return lines;
    }

    /// <summary>
    /// A 补发 or 追回 line for each earlier issued month whose amount due now differs from what was paid. Between two months where a
    /// segment or a paid run starts or ends, the amount due and the amount paid stay the same, so each such stretch is compared once:
    /// a case costs as much after years of issued rolls as after one.
    /// </summary>
    /// <param name="starts">A list to hold the months where a stretch starts, reused from case to case.</param>
    private static void AddDifferences(List<RollLine> lines, CaseEntitlement c, List<YearMonth> earlier, List<YearMonth> starts)
    {
        var paid = c.Paid ?? [];
        starts.Clear();
        foreach (var s in c.Segments)
        {
            starts.Add(s.From);
            if (s.To is { } to) starts.Add(to.PlusMonths(1));
        }
        foreach (var r in paid)
        {
            starts.Add(r.From);
            starts.Add(r.To.PlusMonths(1));
        }
        starts.Sort();
        for (var i = 0; i < starts.Count; i++)
        {
            var from = starts[i];
            var segment = EntitlementTimeline.At(c.Segments, from);
            var difference = (segment?.MonthlyAmount ?? 0) - PaidIn(paid, from);
            if (difference == 0) continue;
            YearMonth? until = i + 1 < starts.Count ? starts[i + 1] : null;
            var k = earlier.BinarySearch(from);
            for (k = k < 0 ? ~k : k; k < earlier.Count && (until is null || earlier[k] < until); k++)
                lines.Add(new RollLine(c.CaseId, c.HeadName, c.HeadIdNumber, segment?.Persons ?? 0, difference,
                    difference > 0 ? RollLineKind.BackPay : RollLineKind.Recovery, earlier[k],
                    c.Corrections?.LastOrDefault(n => n.Covers(earlier[k]))?.Citation));
        }
    }

    private static decimal PaidIn(IReadOnlyList<PaidRun> paid, YearMonth month)
    {
        foreach (var r in paid)
            if (r.From <= month && month <= r.To) return r.Amount;
        return 0;
    }

    /// <summary>A SHA-256 over the lines in a fixed text form, so that anyone can prove an issued roll was not rewritten.</summary>
    public static string Hash(IEnumerable<RollLine> lines)
    {
        var text = new StringBuilder();
        foreach (var l in lines)
            text.Append(l.CaseId).Append('|').Append(l.HeadIdNumber).Append('|').Append(l.Persons).Append('|')
                .Append(l.Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)).Append('|')
                .Append(l.Kind).Append('|').Append(l.ForMonth.ToString("yyyy-MM", null)).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
