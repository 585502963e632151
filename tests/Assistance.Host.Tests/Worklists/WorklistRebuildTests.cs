using System.Text.Json;
using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Domain.Worklists;
using Assistance.Host.Storage;
using Assistance.Host.Worklists;
using JasperFx.Events.Daemon;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using static Assistance.Host.Tests.Worklists.CaseHistories;

namespace Assistance.Host.Tests.Worklists;

public class WorklistRebuildTests(WorklistFixture ledger) : IClassFixture<WorklistFixture>
{
    [Fact]
    public async Task A_rebuild_from_the_events_gives_the_same_worklist_documents()
    {
        ledger.Today(2026, 2, 12);
        var head = Person("朱长青", "19700101", "901");
        var enrolled = await ledger.Store.StartAsync(id => Applied(id, new LocalDate(2026, 2, 12), members: head),
            Committed(new LocalDate(2026, 2, 12)), Assessed(new LocalDate(2026, 2, 13), 650m),
            Enrolled(new YearMonth(2026, 3), [head]));
        ledger.Today(2026, 3, 3);
        await ledger.Store.AppendAsync(enrolled,
            new DataComparisonWarningRaised(Guid.NewGuid(), head.IdNumber, "人社", "养老金", new LocalDate(2026, 3, 1), null, new LocalDate(2026, 3, 3), new LocalDate(2026, 3, 17)),
            new ReviewBecameDue(new LocalDate(2026, 9, 1), new LocalDate(2026, 3, 3)));
        await ledger.Store.StartAsync(id => Applied(id, new LocalDate(2026, 3, 3), members: Person("秦雪", "19900101", "902")));
        await ledger.Store.StartAsync(id => Applied(id, new LocalDate(2026, 3, 3), members: [Person("尤大成", "19650101", "903"),
                Person("尤小成", "19950101", "904", Relation.Child, Disability.Grade2)]),
            Committed(new LocalDate(2026, 3, 3)), Assessed(new LocalDate(2026, 3, 3), 3000m),
            new ApplicationRejected(new YearMonth(2026, 4), "收入超标", "丙"));

        await ledger.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));
        var incremental = await SnapshotAsync();
        incremental.Count.ShouldBe(3);
        await WorklistTalliesAgreement.ShouldAgreeAsync(ledger);

        var daemon = ledger.Host.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        await daemon.RebuildProjectionAsync(CaseReadModels.Name, CancellationToken.None);
        (await SnapshotAsync()).ShouldBe(incremental);
        await WorklistTalliesAgreement.ShouldAgreeAsync(ledger);
    }

    private async Task<List<string>> SnapshotAsync()
    {
        await using var session = ledger.Store.QuerySession();
        var docs = await session.Query<CaseWorklist>().OrderBy(x => x.Id).ToListAsync();
        return docs.Select(d => JsonSerializer.Serialize(new { d.Id, d.PendingApplications, d.ReviewsDue, d.ShouldExit, d.PossiblyEligible, d.Duplicates, d.Warnings, d.Status })).ToList();
    }
}
