using Assistance.Domain.Worklists;
using Assistance.Host.Tests.Support;
using Assistance.Host.Worklists;
using Marten;
using Marten.Linq;
using NodaTime;

namespace Assistance.Host.Tests.Worklists;

/// <summary>
/// Each list's first page reads that list's partial index (the documents on the list in the county), not every worklist document
/// of the county, and in the list's order, without a sort: the query's expressions and the index's must stay the same for PostgreSQL to use it.
/// </summary>
public class WorklistIndexTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    public static TheoryData<Worklist> Lists => new(Enum.GetValues<Worklist>());

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task A_list_is_paged_from_its_own_index(Worklist list)
    {
        var today = new LocalDate(2026, 3, 2);
        var index = $"mt_doc_caseworklist_idx_{System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(list.ToString())}_";
        await using var session = ledger.Store.QuerySession();
        var onList = WorklistQuery.On(session, list, today, "140429", null);

        foreach (var sort in new[] { WorklistSort.DueOn, WorklistSort.DueOnDescending })
        {
            var page = await QueryPlans.ExplainAsync(ledger.Store,
                WorklistQuery.Sorted(onList, list, sort).Take(20).ToCommand(FetchType.FetchMany));

            page.ShouldContain(index + "page");
            page.ShouldNotContain("Seq Scan");
            page.ShouldNotContain("Sort");
        }
    }
}
