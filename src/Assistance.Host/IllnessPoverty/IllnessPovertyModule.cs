using Assistance.Host.Core;
using Marten;

namespace Assistance.Host.IllnessPoverty;

public sealed class IllnessPovertyModule : ILedgerModule
{
    public void ConfigureStore(StoreOptions options) => options.Storage.Add(new IllnessPovertyTotals(options));
}
