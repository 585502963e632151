using Assistance.Host.Core;
using JasperFx.Events.Projections;
using Marten;
using Assistance.Domain.Policy;

namespace Assistance.Host.Policy;

public sealed class PolicyModule : ILedgerModule
{
    public void ConfigureStore(StoreOptions options) => options.Projections.Snapshot<CountyPolicy>(SnapshotLifecycle.Inline);
}
