using Assistance.Domain.Calendar;
using Assistance.Domain.Cases;
using Assistance.Domain.Worklists;
using Assistance.Host.Core;
using Assistance.Host.Worklists.Calendar;
using Marten;
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
            var serializer = store.Options.Serializer();
            var refreshed = new List<(CaseWorklist Doc, string Lists)>();
            foreach (var doc in await session.LoadManyAsync<CaseWorklist>(ct, batch))
            {
                if (!cases.TryGetValue(doc.Id, out var c)) continue;
                if (!policies.TryGetValue(c.CountyCode, out var policy))
                    policies[c.CountyCode] = policy = await WorklistPolicies.InForceAsync(session, c.CountyCode, month, ct);
                var before = ListsOf(serializer, doc);
                doc.Refresh(c, days, policy);
                if (ListsOf(serializer, doc) is var after && after != before) refreshed.Add((doc, after));
            }
            QueueListsUpdate(session, refreshed.OrderBy(r => r.Doc.Id).ToList());
            await session.SaveChangesAsync(ct);
            changed += refreshed.Count;
        }
        logger.LogInformation("Worklists refreshed for {County}: {Changed} of {Total} cases changed",
            message.CountyCode ?? "every county", changed, ids.Count);
    }

    /// <summary>
    /// The batch's new lists in one statement, each only over the version it was evaluated at (a newer one is the projection's),
    /// in id order: the statement's triggers lock the tally rows in key order, as the projection's page-wide upsert does, so
    /// the two cannot deadlock over them.
    /// </summary>
    private static void QueueListsUpdate(IDocumentSession session, IReadOnlyList<(CaseWorklist Doc, string Lists)> docs)
    {
        if (docs.Count == 0) return;
        session.QueueSqlCommand($"""
            update {session.DocumentStore.Options.Schema.For<CaseWorklist>(true)} d set data = d.data || u.lists
            from (select * from unnest(?::uuid[], ?::bigint[], ?::jsonb[]) as x(id, version, lists) order by id) u
            where d.id = u.id and (d.data ->> 'version')::bigint = u.version
            """, docs.Select(d => d.Doc.Id).ToArray(), docs.Select(d => d.Doc.Version).ToArray(), docs.Select(d => d.Lists).ToArray());
    }

    /// <summary>The six lists of a document as a JSON object, with a null for each list the case is not on.</summary>
    private static string ListsOf(ISerializer serializer, CaseWorklist doc)
    {
        var lists = Enum.GetValues<Worklist>().Select(l => $"\"{WorklistJson.PropertyOf(l)}\":{(WorklistQuery.EntryOf(doc, l) is { } entry ? serializer.ToJson(entry) : "null")}");
        return "{" + string.Join(",", lists) + "}";
    }
}
