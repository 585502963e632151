using Assistance.Host.Core;
using Assistance.Domain.Calendar;
using Assistance.Host.Worklists.Calendar;
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
        services.AddSingleton(OfficeCalendar.Instance);
        services.AddHostedService<StoredSchedulesLoader>();
        services.AddHostedService<DailyChecksScheduler>();
        services.ConfigureWolverine(opts =>
        {
            opts.LocalQueueFor<RunDailyChecks>().Sequential().UseDurableInbox();
            opts.LocalQueueFor<RefreshWorklists>().Sequential().UseDurableInbox();
            opts.LocalQueueFor<CheckDuplicateAssistance>().Sequential().UseDurableInbox();
        });
    }

    public void ConfigureStore(StoreOptions options)
    {
        options.Projections.Add(new CaseWorklistProjection(OfficeCalendar.Instance), ProjectionLifecycle.Async);
        options.Schema.For<CaseWorklist>().Index(x => x.CountyCode);
        options.Schema.For<DailyChecksProgress>();
        options.Schema.For<HolidayScheduleDocument>().Identity(x => x.Year);
    }

    public void Map(WebApplication app) =>
        app.MapGet("/worklists", () => Results.Redirect("/worklists/index.html")).AllowAnonymous().ExcludeFromDescription();
}
