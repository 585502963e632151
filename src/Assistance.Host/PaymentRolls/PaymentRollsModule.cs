using Assistance.Host.Core;
using Assistance.Host.PaymentRolls.Totals;
using Marten;

namespace Assistance.Host.PaymentRolls;

public sealed class PaymentRollsModule : ILedgerModule
{
    public void ConfigureStore(StoreOptions options)
    {
        options.Storage.Add(new RollPayments(options));
        options.Storage.Add(new PayableCases(options));
        options.Storage.Add(new EntitledTotals(options));
        options.Storage.Add(new PaidTotals(options));
        options.Storage.Add(new IssuedRollRows(options));
    }
}
