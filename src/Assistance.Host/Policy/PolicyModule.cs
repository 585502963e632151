using Assistance.Host.Core;
using JasperFx.Events.Projections;
using Marten;
using Assistance.Domain.Policy;
using Wolverine;

namespace Assistance.Host.Policy;

public sealed class PolicyModule : ILedgerModule
{
    /// <summary>A policy change is a fact its subscribers must not miss: its message is stored with the change and delivered durably.</summary>
    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.ConfigureWolverine(opts => opts.PublishMessage<CountyPolicyChanged>().ToLocalQueue("county-policy-changed").UseDurableInbox());

    public void ConfigureStore(StoreOptions options) => options.Projections.Snapshot<CountyPolicy>(SnapshotLifecycle.Inline);
}
