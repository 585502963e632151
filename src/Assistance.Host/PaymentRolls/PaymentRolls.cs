using Assistance.Domain.PaymentRolls;
using Assistance.Domain.Values;
using Marten;
using NodaTime;
using NodaTime.Text;

namespace Assistance.Host.PaymentRolls;

/// <summary>Reads a county's rolls: the issued one as frozen, or the draft computed now from the cases' timelines.</summary>
public static class PaymentRolls
{
    /// <summary>One stream per issued roll: issuing opens it, so a second issue of the same roll collides on it, while rolls of other months never contend.</summary>
    public static Guid StreamOf(string countyCode, YearMonth month) => NameBasedGuid.Create($"payment-roll:{countyCode}:{Format(month)}");

    public static Task<IssuedPaymentRoll?> IssuedAsync(IQuerySession session, string county, YearMonth month, CancellationToken ct) =>
        session.LoadAsync<IssuedPaymentRoll>(IssuedPaymentRoll.IdOf(county, Format(month)), ct);

    public static async Task<IReadOnlyList<RollLine>> DraftLinesAsync(IQuerySession session, string county, YearMonth month, CancellationToken ct) =>
        await DraftLinesAsync(session, county, month, await PaidAmounts.IssuedMonthsAsync(session, county, ct), ct);

    /// <param name="issuedMonths">The county's issued months, for a caller that has read them already.</param>
    public static async Task<IReadOnlyList<RollLine>> DraftLinesAsync(
        IQuerySession session, string county, YearMonth month, IReadOnlyList<YearMonth> issuedMonths, CancellationToken ct)
    {
        var cases = await RollEntitlements.InCountyAsync(session, county, [month, .. issuedMonths.Where(m => m < month)], ct);
        return PaymentRollCalculator.Lines(month, cases, issuedMonths);
    }

    public static string Format(YearMonth month) => month.ToString("yyyy-MM", null);

    public static YearMonth Parse(string month) => YearMonthPattern.Iso.Parse(month).Value;
}
