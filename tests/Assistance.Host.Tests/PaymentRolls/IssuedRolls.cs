using Assistance.Domain.PaymentRolls;
using Assistance.Host.PaymentRolls;
using Assistance.Host.Tests.Support;
using Marten;
using NodaTime;
using Rolls = Assistance.Host.PaymentRolls.PaymentRolls;

namespace Assistance.Host.Tests.PaymentRolls;

/// <summary>Issued rolls stored straight into the ledger, with the totals and hash issuing gives their lines.</summary>
public static class IssuedRolls
{
    public static RollLine Line(Guid caseId, decimal amount, RollLineKind kind, YearMonth forMonth) =>
        new(caseId, "测试户主", "140404199001011234", 1, amount, kind, forMonth);

    public static IssuedPaymentRoll Roll(string county, YearMonth month, params RollLine[] lines)
    {
        var text = Rolls.Format(month);
        return new IssuedPaymentRoll
        {
            Id = IssuedPaymentRoll.IdOf(county, text), CountyCode = county, Month = text, Lines = [.. lines],
            TotalAmount = lines.Sum(l => l.Amount), Households = lines.Count(l => l.Kind == RollLineKind.Regular),
            LinesHash = PaymentRollCalculator.Hash(lines), IssuedBy = "测试", IssuedAt = LedgerFixture.Start,
        };
    }

    public static async Task StoreAsync(IDocumentStore store, params IssuedPaymentRoll[] rolls)
    {
        await using var session = store.LightweightSession();
        session.Insert(rolls);
        await session.SaveChangesAsync();
    }
}
