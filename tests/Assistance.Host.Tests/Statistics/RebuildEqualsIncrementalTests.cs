using Assistance.Domain.Cases;
using Assistance.Domain.Statistics;
using Assistance.Domain.Values;
using Assistance.Host.Statistics;
using Assistance.Host.Storage;
using Assistance.Host.Tests.Support;
using CsCheck;
using JasperFx.Events.Daemon;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using DomainProgram = Assistance.Domain.Values.Program;

namespace Assistance.Host.Tests.Statistics;

/// <summary>
/// Random case histories (late-recorded exits, member changes and reviews that take effect before events recorded earlier),
/// appended in random interleavings and batch sizes: the daemon's incremental figures equal the sum of each case's final
/// timeline, and a rebuild from the events gives exactly the same documents; after the rebuild the daemon carries on correctly.
/// </summary>
public class RebuildEqualsIncrementalTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private static readonly string[] Counties = ["140403", "140429", "140431"];
    private static readonly YearMonth FirstMonth = new(2024, 1);
    private readonly List<IReadOnlyList<object>> _histories = [];

    [Fact]
    public async Task Rebuilt_statistics_equal_the_incrementally_maintained_ones()
    {
        var store = ledger.Store;
        await Gen.Int[0, int.MaxValue].Array[4, 14].Select(Gen.Int[0, int.MaxValue])
            .SampleAsync(async (seeds, order) =>
            {
                var histories = seeds.Select(s => History(new Random(s), Guid.NewGuid())).ToList();
                _histories.AddRange(histories);
                await AppendInterleavedAsync(store, histories, new Random(order));
                await store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));

                var incremental = await DescribeAsync(store);
                incremental.ShouldBe(Expected(_histories));

                var daemon = ledger.Host.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
                var reported = new List<RebuildProgress>();
                await new ProjectionRebuilder(store).RebuildAsync(daemon, [CaseReadModels.Name], reported.Add, CancellationToken.None);
                reported[^1].Percent.ShouldBe(100);
                (await DescribeAsync(store)).ShouldBe(incremental);
            }, iter: 6, threads: 1);
    }

    /// <summary>One case: an application, an enrolment, then up to five later-recorded changes effective in random months.</summary>
    private static IReadOnlyList<object> History(Random r, Guid id)
    {
        var members = Enumerable.Range(0, r.Next(1, 5)).Select(i => Member(id, i)).ToList();
        var single = r.Next(5) == 0 ? members[^1].IdNumber : null;
        var start = FirstMonth.PlusMonths(r.Next(0, 7));
        var program = r.Next(5) == 0 ? DomainProgram.Tekun : DomainProgram.Dibao;
        var events = new List<object>
        {
            new ApplicationReceived(id, Counties[r.Next(Counties.Length)], null, null, r.Next(2) == 0 ? Residence.Urban : Residence.Rural,
                program, Channel.Window, new LocalDate(2024, 1, 2), members, single, "测试"),
            new EnrolmentApproved(program, start, 500, single is null ? members.Select(m => m.IdNumber).ToList() : [single], "测试", null),
        };
        var joined = members.Count;
        for (var step = r.Next(0, 6); step > 0; step--)
        {
            var month = start.PlusMonths(r.Next(-1, 12));
            switch (r.Next(5))
            {
                case 0:
                    events.Add(new HouseholdMembersChanged(MemberChangeKind.Birth, Member(id, joined++), new LocalDate(2024, 1, 3), month, "测试"));
                    break;
                case 1 when members.Count > 1:
                    var leaving = members[r.Next(1, members.Count)];
                    members.Remove(leaving);
                    events.Add(new HouseholdMembersChanged(MemberChangeKind.MovedOut, leaving, new LocalDate(2024, 1, 3), month, "测试"));
                    break;
                case 2:
                    var gradual = r.Next(2) == 0;
                    events.Add(new CaseReviewed(new LocalDate(2024, 1, 3), 100, new Assets(), 0,
                        gradual ? ReviewOutcome.GradualExit : ReviewOutcome.Decrease, 300, month,
                        gradual ? month.PlusMonths(r.Next(0, 6)) : null, "测试", null));
                    break;
                case 3:
                    events.Add(new CaseExited(Enum.GetValues<ExitReason>()[r.Next(8)], month, "测试", null));
                    return events;
            }
        }
        return events;
    }

    private static Member Member(Guid caseId, int i) => new($"成员{i}", $"{caseId:N}-{i}", i == 0 ? Relation.Self : Relation.Child);

    /// <summary>Appends every case's events in its own order, interleaved across cases, in sessions of random size, sometimes letting the daemon catch up in between.</summary>
    private static async Task AppendInterleavedAsync(IDocumentStore store, IReadOnlyList<IReadOnlyList<object>> histories, Random r)
    {
        var pending = histories.Select(h => new Queue<object>(h)).ToList();
        while (pending.Any(q => q.Count > 0))
        {
            await using var session = store.LightweightSession();
            for (var n = r.Next(1, 9); n > 0 && pending.Any(q => q.Count > 0); n--)
            {
                var queue = pending.Where(q => q.Count > 0).ElementAt(r.Next(pending.Count(q => q.Count > 0)));
                var e = queue.Dequeue();
                if (e is ApplicationReceived received) session.Events.StartStream<HouseholdCase>(received.CaseId, e);
                else session.Events.Append(((ApplicationReceived)histories[pending.IndexOf(queue)][0]).CaseId, e);
            }
            await session.SaveChangesAsync();
            if (r.Next(4) == 0) await store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));
        }
    }

    /// <summary>The oracle: each case's final timeline turned into movements, summed per county, program and month.</summary>
    private static List<string> Expected(IEnumerable<IReadOnlyList<object>> histories)
    {
        var documents = new Dictionary<string, MonthlyFlowsDocument>();
        foreach (var history in histories)
        {
            var folded = history.Aggregate((HouseholdCase?)null, CaseEventFold.Apply)!;
            foreach (var flow in CaseFlows.Of(CaseTimeline.Of(folded)))
            {
                var id = MonthlyFlowsDocument.IdFor(folded.CountyCode, flow.Program, flow.Month);
                if (!documents.TryGetValue(id, out var d)) documents[id] = d = MonthlyFlowsDocument.New(folded.CountyCode, flow.Program, flow.Month);
                d.For(flow.Residence).Add(flow, +1);
            }
        }
        return documents.Values.Where(d => !d.IsEmpty).Select(Describe).Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<List<string>> DescribeAsync(IDocumentStore store)
    {
        await using var session = store.QuerySession();
        return (await session.Query<MonthlyFlowsDocument>().ToListAsync()).Select(Describe).Order(StringComparer.Ordinal).ToList();
    }

    private static string Describe(MonthlyFlowsDocument d) => $"{d.Id} {d.MonthKey} urban[{Describe(d.Urban)}] rural[{Describe(d.Rural)}]";

    private static string Describe(FlowCounts c) =>
        $"{c.NewHouseholds}/{c.NewPersons} -{c.ExitedHouseholds}/{c.ExitedPersons} in{c.TransferInHouseholds}/{c.TransferInPersons} " +
        $"out{c.TransferOutHouseholds}/{c.TransferOutPersons} Δ{c.PersonChange} " +
        string.Join(",", c.ExitsByReason.OrderBy(e => e.Key).Select(e => $"{e.Key}:{e.Value.Households}/{e.Value.Persons}"));
}
