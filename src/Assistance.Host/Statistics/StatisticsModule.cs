using Assistance.Host.Core;
using Assistance.Host.Storage;
using JasperFx.Events.Projections;
using Marten;

namespace Assistance.Host.Statistics;

/// <summary>The monthly statistics projection (async) and its documents; a rebuild deletes both document kinds first.</summary>
public sealed class StatisticsModule : ILedgerModule
{
    public void ConfigureStore(StoreOptions options)
    {
        options.Schema.For<MonthlyFlowsDocument>().Index(d => d.MonthKey);
        options.Schema.For<CaseStatisticsState>();
        options.Projections.Add(new MonthlyStatisticsProjection(), ProjectionLifecycle.Async, MonthlyStatisticsProjection.Name, o =>
        {
            o.DeleteViewTypeOnTeardown<MonthlyFlowsDocument>();
            o.DeleteViewTypeOnTeardown<CaseStatisticsState>();
            LedgerStore.PageLargely(o);
        });
    }
}
