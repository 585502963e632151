using Assistance.Host.Core;
using Assistance.Host.Storage;
using Marten;

namespace Assistance.Host.Statistics;

/// <summary>The monthly statistics projection (a member of <see cref="CaseReadModels"/>) and its documents; a rebuild deletes both document kinds first.</summary>
public sealed class StatisticsModule : ILedgerModule
{
    public void ConfigureStore(StoreOptions options)
    {
        options.Schema.For<MonthlyFlowsDocument>().Index(d => d.MonthKey);
        options.Schema.For<CaseStatisticsState>();
        CaseReadModels.Add(options, new MonthlyStatisticsProjection(), o =>
        {
            o.DeleteViewTypeOnTeardown<MonthlyFlowsDocument>();
            o.DeleteViewTypeOnTeardown<CaseStatisticsState>();
        });
    }
}
