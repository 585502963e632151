using Assistance.Domain.Worklists;
using Assistance.Host.Tests.Support;
using Assistance.Host.Worklists;
using Assistance.Host.Worklists.Counts;
using Marten;

namespace Assistance.Host.Tests.Worklists;

/// <summary>
/// The tallies the triggers keep, against the same tallies counted afresh from the worklist documents. Once the tallies have
/// been folded (<see cref="WorklistTallyFold"/>), both are compared folded at that day: what every count read since then sums.
/// </summary>
public static class WorklistTalliesAgreement
{
    public static async Task ShouldAgreeAsync(WorklistFixture ledger)
    {
        int folded;
        await using (var session = ledger.Store.QuerySession()) folded = await WorklistTallyFold.FoldedBeforeAsync(session, CancellationToken.None);
        string Day(string column) => WorklistTallyFold.Folded(column, folded);

        var documents = ledger.Store.Options.Schema.For<CaseWorklist>(true);
        var lists = string.Join(", ", Enum.GetValues<Worklist>().Select(l => $"'{WorklistJson.PropertyOf(l)}'"));
        var counted = await RowsAsync(ledger, $"""
            select concat_ws('|', county_code, township, list, visible_from, due_on, count(*))
            from (select d.data ->> 'countyCode' as county_code, coalesce(d.data ->> 'township', '') as township, l.list,
                         {Day("(d.data -> l.list ->> 'visibleFrom')::int")} as visible_from, {Day("(d.data -> l.list ->> 'dueOn')::int")} as due_on
                  from {documents} d cross join unnest(array[{lists}]) l(list)
                  where jsonb_typeof(d.data -> l.list) = 'object') entries
            group by county_code, township, list, visible_from, due_on
            """);
        var kept = await RowsAsync(ledger, $"""
            select concat_ws('|', county_code, township, list, {Day("visible_from")}, {Day("due_on")}, sum(cases))
            from {WorklistTallies.TableIn(ledger.Store.Options.DatabaseSchemaName).QualifiedName}
            group by county_code, township, list, {Day("visible_from")}, {Day("due_on")}
            having sum(cases) <> 0
            """);
        counted.ShouldNotBeEmpty();
        kept.ShouldBe(counted);
    }

    private static async Task<List<string>> RowsAsync(WorklistFixture ledger, string sql) =>
        (await StoreTables.ColumnAsync<string>(ledger.ConnectionString, sql)).Order(StringComparer.Ordinal).ToList();
}
