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

    /// <summary>The whole roll: the issued one as frozen, or else the draft; its lines with full ID numbers, and the body of the contract.</summary>
    public static async Task<(PaymentRollView View, IReadOnlyList<RollLine> Lines)> WholeAsync(
        IQuerySession session, string county, string countyName, YearMonth month, CancellationToken ct)
    {
        if (await IssuedAsync(session, county, month, ct) is { } issued) return (PaymentRollView.Of(issued, countyName), issued.Lines);
        var lines = await DraftLinesAsync(session, county, month, ct);
        return (PaymentRollView.Draft(county, countyName, Format(month), lines), lines);
    }

    public static async Task<IReadOnlyList<RollLine>> DraftLinesAsync(IQuerySession session, string county, YearMonth month, CancellationToken ct) =>
        await DraftLinesAsync(session, county, month, await PaidAmounts.IssuedMonthsAsync(session, county, ct), ct);

    /// <param name="issuedMonths">The county's issued months, for a caller that has read them already.</param>
    public static async Task<IReadOnlyList<RollLine>> DraftLinesAsync(
        IQuerySession session, string county, YearMonth month, IReadOnlyList<YearMonth> issuedMonths, CancellationToken ct)
    {
        var cases = await RollEntitlements.InCountyAsync(session, county, [month, .. issuedMonths.Where(m => m < month)], null, ct);
        return PaymentRollCalculator.Lines(month, cases, issuedMonths);
    }

    /// <summary>
    /// A page of the draft: the lines of the cases after <paramref name="after"/> in the roll's order, case by case until there are
    /// at least <paramref name="limit"/>, with the case to read on from when more may follow. A case's lines stay on one page.
    /// </summary>
    public static async Task<(IReadOnlyList<RollLine> Lines, Guid? Next)> DraftPageAsync(IQuerySession session, string county,
        YearMonth month, IReadOnlyList<YearMonth> issuedMonths, Guid? after, int limit, CancellationToken ct)
    {
        YearMonth[] months = [month, .. issuedMonths.Where(m => m < month)];
        var lines = new List<RollLine>();
        // An exited case the rolls paid in full is read and has no line, so a page's worth of cases is often a few lines short:
        // half as many again is read at once, as a second query would cost more than the rows.
        var chunk = limit + limit / 2 + 1;
        while (true)
        {
            var cases = await RollEntitlements.InCountyAsync(session, county, months, new RollEntitlements.CaseRange(after, chunk), ct);
            lines.AddRange(PaymentRollCalculator.Lines(month, cases, issuedMonths));
            var more = cases.Count == chunk;
            if (lines.Count >= limit)
            {
                var end = LinePages.End(lines, 0, limit);
                return (lines[..end], end < lines.Count || more ? lines[end - 1].CaseId : null);
            }
            if (!more) return (lines, null);
            after = cases[^1].CaseId;
        }
    }

    public static string Format(YearMonth month) => month.ToString("yyyy-MM", null);

    public static YearMonth Parse(string month) => YearMonthPattern.Iso.Parse(month).Value;
}
