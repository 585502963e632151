using Assistance.Domain.PaymentRolls;
using Assistance.Domain.Values;

namespace Assistance.Host.PaymentRolls;

/// <summary>The payment-roll body of the contract.</summary>
public sealed record PaymentRollView(
    string CountyCode, string CountyName, string Month, bool Issued, decimal TotalAmount, int Households, int Persons,
    IReadOnlyList<PaymentRollLineView> Lines, string? LinesHash, DateTimeOffset? IssuedAt, string? IssuedBy)
{
    public static PaymentRollView Draft(string county, string countyName, string month, IReadOnlyList<RollLine> lines) =>
        Of(county, countyName, month, false, lines, null, null, null);

    public static PaymentRollView Of(IssuedPaymentRoll roll, string countyName) =>
        Of(roll.CountyCode, countyName, roll.Month, true, roll.Lines, roll.LinesHash, roll.IssuedAt, roll.IssuedBy);

    private static PaymentRollView Of(string county, string countyName, string month, bool issued, IReadOnlyList<RollLine> lines,
        string? hash, DateTimeOffset? issuedAt, string? issuedBy)
    {
        var regular = lines.Where(l => l.Kind == RollLineKind.Regular).ToList();
        return new PaymentRollView(county, countyName, month, issued, lines.Sum(l => l.Amount), regular.Count,
            regular.Sum(l => l.Persons),
            lines.Select(l => new PaymentRollLineView(l.CaseId, IdNumber.Mask(l.HeadIdNumber), l.HeadName, l.Persons, l.Amount, l.Kind,
                l.ForMonth.ToString("yyyy-MM", null), l.Cause)).ToList(),
            hash, issuedAt, issuedBy);
    }
}
