using Assistance.Host.Core;
using Marten;

namespace Assistance.Host.PaymentRolls;

public sealed class PaymentRollsModule : ILedgerModule
{
    public void ConfigureStore(StoreOptions options)
    {
        options.Storage.Add(new RollPayments(options));
        options.Storage.Add(new PayableCases(options));
    }
}
