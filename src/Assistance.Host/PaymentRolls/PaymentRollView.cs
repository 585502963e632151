using System.Text.Json.Serialization;
using Assistance.Domain.PaymentRolls;
using Assistance.Domain.Values;
using Assistance.Host.PaymentRolls.Totals;

namespace Assistance.Host.PaymentRolls;

/// <summary>
/// The payment-roll body of the contract. A page of it (asked for with <c>limit</c>) has the whole roll's totals and only some
/// lines, with <see cref="Next"/> naming the case to read on after while lines may follow.
/// </summary>
public sealed record PaymentRollView(
    string CountyCode, string CountyName, string Month, bool Issued, decimal TotalAmount, int Households, int Persons,
    IReadOnlyList<PaymentRollLineView> Lines, string? LinesHash, DateTimeOffset? IssuedAt, string? IssuedBy,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? Next = null)
{
    public static PaymentRollView Draft(string county, string countyName, string month, IReadOnlyList<RollLine> lines) =>
        Of(county, countyName, month, false, lines, null, null, null);

    /// <summary>A page of a draft, with the totals of the whole draft.</summary>
    public static PaymentRollView DraftPage(string county, string countyName, string month, DraftTotals totals, IReadOnlyList<RollLine> lines, Guid? next) =>
        new(county, countyName, month, false, totals.TotalAmount, totals.Households, totals.Persons, Views(lines), null, null, null, next);

    public static PaymentRollView Of(IssuedPaymentRoll roll, string countyName) =>
        Of(roll.CountyCode, countyName, roll.Month, true, roll.Lines, roll.LinesHash, roll.IssuedAt, roll.IssuedBy);

    /// <summary>A page of an issued roll, with the totals it was issued with.</summary>
    public static PaymentRollView Page(IssuedRollPage page, string countyName) =>
        new(page.Roll.CountyCode, countyName, page.Roll.Month, true, page.Roll.TotalAmount, page.Roll.Households, page.Roll.Persons,
            Views(page.Lines), page.Roll.LinesHash, page.Roll.IssuedAt, page.Roll.IssuedBy, page.Next);

    private static PaymentRollView Of(string county, string countyName, string month, bool issued, IReadOnlyList<RollLine> lines,
        string? hash, DateTimeOffset? issuedAt, string? issuedBy)
    {
        var regular = lines.Where(l => l.Kind == RollLineKind.Regular).ToList();
        return new PaymentRollView(county, countyName, month, issued, lines.Sum(l => l.Amount), regular.Count,
            regular.Sum(l => l.Persons), Views(lines), hash, issuedAt, issuedBy);
    }

    private static List<PaymentRollLineView> Views(IReadOnlyList<RollLine> lines) =>
        lines.Select(l => new PaymentRollLineView(l.CaseId, IdNumber.Mask(l.HeadIdNumber), l.HeadName, l.Persons, l.Amount, l.Kind,
            l.ForMonth.ToString("yyyy-MM", null), l.Cause)).ToList();
}
