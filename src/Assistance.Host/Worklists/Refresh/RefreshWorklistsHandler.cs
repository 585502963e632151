using System.Text.Json;
using Assistance.Domain.Calendar;
using Assistance.Domain.Cases;
using Assistance.Domain.Worklists;
using Assistance.Host.Core;
using Assistance.Host.Worklists.Calendar;
using Marten;
using Marten.Patching;
using NodaTime;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace Assistance.Host.Worklists.Refresh;

/// <summary>
/// Re-evaluates worklist documents from their case's snapshot and their facts (<see cref="CaseWorklist.Refresh"/>), a batch at a time.
/// Running it twice changes nothing: the lists are a function of the case, the facts, the calendar and the policy.
/// </summary>
public static class RefreshWorklistsHandler
{
    public const int BatchSize = 500;

    /// <summary>The projection may lag behind while the daemon catches up (e.g. after a restart); try again later rather than give up.</summary>
    public static void Configure(HandlerChain chain) =>
        chain.OnException<TimeoutException>().RetryWithCooldown(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15));

    public static async Task Handle(RefreshWorklists message, IDocumentStore store, OfficeCalendar calendar, IClock clock,
        ILogger<RefreshWorklists> logger, CancellationToken ct)
    {
        // Whichever node runs the projection reads the stored calendar again once its copy is older than OfficeCalendar.MaxAge (the
        // policy it reads per event). From then on the daemon evaluates new events with the new calendar and policy, and the documents
        // it computed before are stored once it has caught up, so the only writes left to race with are newer ones, which the version
        // condition below leaves alone.
        await Task.Delay(OfficeCalendar.MaxAge, ct);
        WorkingDayCalendar days;
        await using (var query = store.QuerySession())
            days = await calendar.ReadAsync(query, ct);
        await WorklistCatchUp.WaitAsync(store, ct);

        IReadOnlyList<Guid> ids;
        await using (var query = store.QuerySession())
        {
            var documents = query.Query<CaseWorklist>();
            ids = await (message.CountyCode is { } county ? documents.Where(x => x.CountyCode == county) : documents)
                .Select(x => x.Id).ToListAsync(ct);
        }

        var month = clock.Today().ToYearMonth();
        var policies = new Dictionary<string, WorklistPolicy>();
        var changed = 0;
        foreach (var batch in ids.Chunk(BatchSize))
        {
            await using var session = store.LightweightSession();
            var cases = (await session.LoadManyAsync<HouseholdCase>(ct, batch)).ToDictionary(c => c.Id);
            foreach (var doc in await session.LoadManyAsync<CaseWorklist>(ct, batch))
            {
                if (!cases.TryGetValue(doc.Id, out var c)) continue;
                if (!policies.TryGetValue(c.CountyCode, out var policy))
                    policies[c.CountyCode] = policy = await WorklistPolicies.InForceAsync(session, c.CountyCode, month, ct);
                var before = ListsOf(doc);
                doc.Refresh(c, days, policy);
                if (ListsOf(doc) == before) continue;
                var version = doc.Version;
                session.Patch<CaseWorklist>(x => x.Id == doc.Id && x.Version == version)
                    .Set(x => x.PendingApplications, doc.PendingApplications)
                    .Set(x => x.ReviewsDue, doc.ReviewsDue)
                    .Set(x => x.ShouldExit, doc.ShouldExit)
                    .Set(x => x.PossiblyEligible, doc.PossiblyEligible)
                    .Set(x => x.Duplicates, doc.Duplicates)
                    .Set(x => x.Warnings, doc.Warnings);
                changed++;
            }
            await session.SaveChangesAsync(ct);
        }
        logger.LogInformation("Worklists refreshed for {County}: {Changed} of {Total} cases changed",
            message.CountyCode ?? "every county", changed, ids.Count);
    }

    private static string ListsOf(CaseWorklist doc) => JsonSerializer.Serialize(new
    {
        doc.PendingApplications, doc.ReviewsDue, doc.ShouldExit, doc.PossiblyEligible, doc.Duplicates, doc.Warnings,
    });
}
