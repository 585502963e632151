using Assistance.Host.Core;
using Marten;

namespace Assistance.Host.Outreach;

/// <summary>应保尽保 screening: department rosters, the persons they list with their visits, and the listener that links applications.</summary>
public sealed class OutreachModule : ILedgerModule
{
    public void ConfigureStore(StoreOptions options)
    {
        options.Schema.For<OutreachRoster>();
        options.Schema.For<RosteredPerson>().Index(p => p.CountyCode).Index(p => p.Key).UseOptimisticConcurrency(true);
        options.Storage.Add(new OutreachDailyTotals(options));
        options.Listeners.Add(new OutreachCaseListener());
    }
}
