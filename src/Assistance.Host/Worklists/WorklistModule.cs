using Assistance.Domain.Cases;
using Assistance.Host.Core;
using Assistance.Host.Storage;
using Assistance.Domain.Calendar;
using Assistance.Domain.Duplicates;
using Assistance.Host.Worklists.Calendar;
using Assistance.Host.Worklists.Counts;
using Assistance.Host.Worklists.DailyJob;
using Assistance.Host.Worklists.Duplicates;
using Assistance.Host.Worklists.Refresh;
using JasperFx.Events.Projections;
using Marten;
using Wolverine;

namespace Assistance.Host.Worklists;

/// <summary>Wiring of the 应保尽保、应退尽退 worklists: the projection and its refresh, the daily job, duplicate detection and the pages.</summary>
public sealed class WorklistModule : ILedgerModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<OfficeCalendar>();
        services.AddHostedService<DailyChecksScheduler>();
        services.ConfigureWolverine(opts =>
        {
            opts.LocalQueueFor<RunDailyChecks>().Sequential().UseDurableInbox();
            opts.LocalQueueFor<RefreshWorklists>().Sequential().UseDurableInbox();
            opts.LocalQueueFor<CheckDuplicateAssistance>().Sequential().UseDurableInbox();
        });
    }

    public void ConfigureStore(StoreOptions options, IServiceProvider services)
    {
        CaseReadModels.Add(options, new CaseWorklistProjection(services.GetRequiredService<OfficeCalendar>(), services.GetRequiredService<ILogger<CaseWorklistProjection>>()), o => o.DeleteViewTypeOnTeardown<CaseWorklist>());
        WorklistIndexes.Add(options.Schema.For<CaseWorklist>());
        options.Storage.Add(new WorklistTallies(options));
        options.Schema.For<WorklistTalliesFolded>();
        options.Schema.For<DailyChecksProgress>();
        options.Schema.For<HolidayScheduleDocument>().Identity(x => x.Year);
        options.Projections.Snapshot<DuplicateAssistance>(SnapshotLifecycle.Inline);
    }

    public void Map(WebApplication app) =>
        app.MapGet("/worklists", () => Results.Redirect("/worklists/index.html")).AllowAnonymous().ExcludeFromDescription();
}
