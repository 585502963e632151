using Assistance.Host.Audit.Anchors;
using Assistance.Host.Audit.Chain;
using Assistance.Host.Audit.Queries;
using Assistance.Host.Core;
using Marten;
using Wolverine;

namespace Assistance.Host.Audit;

/// <summary>Wiring of the audit capability: events sealed into a chain as they are appended, daily anchors, verification.</summary>
public sealed class AuditModule : ILedgerModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(AnchorOptions.From(configuration));
        services.AddSingleton<DailyAnchor>();
        services.AddSingleton<StoreVerification>();
        services.AddSingleton<LegacySealing>();
        services.ConfigureWolverine(opts => opts.LocalQueueFor<AnchorDay>().Sequential().UseDurableInbox());
    }

    public void ConfigureStore(StoreOptions options)
    {
        options.Events.MetadataConfig.HeadersEnabled = true;
        options.Listeners.Add(new ChainSealingListener());
        options.Schema.For<AuditAnchor>();
        options.Schema.For<AnchoredStreamHead>();
        options.Schema.For<SealedStream>();
        DecisionsByPersonIndex.AddTo(options);
    }
}
