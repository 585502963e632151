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
        foreach (var c in cases.OrderBy(c => c.HeadIdNumber, StringComparer.Ordinal))
        {
            if (EntitlementTimeline.At(c.Segments, month) is { MonthlyAmount: > 0 } due)
                lines.Add(new RollLine(c.CaseId, c.HeadName, c.HeadIdNumber, due.Persons, due.MonthlyAmount, RollLineKind.Regular, month));

            foreach (var m in earlier)
            {
                var segment = EntitlementTimeline.At(c.Segments, m);
                var difference = (segment?.MonthlyAmount ?? 0) - (c.Paid?.GetValueOrDefault(m) ?? 0);
                if (difference == 0) continue;
                lines.Add(new RollLine(c.CaseId, c.HeadName, c.HeadIdNumber, segment?.Persons ?? 0, difference,
                    difference > 0 ? RollLineKind.BackPay : RollLineKind.Recovery, m, c.Corrections?.LastOrDefault(n => n.Covers(m))?.Citation));
            }
        }
        return lines;
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
