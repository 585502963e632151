using Assistance.Domain.Worklists;
using Assistance.Host.Tests.Support;
using Assistance.Host.Worklists;
using Assistance.Host.Worklists.Counts;
using Marten;

namespace Assistance.Host.Tests.Worklists;

/// <summary>The tallies the triggers keep, against the same tallies counted afresh from the worklist documents.</summary>
public static class WorklistTalliesAgreement
{
    public static async Task ShouldAgreeAsync(WorklistFixture ledger)
    {
        var documents = ledger.Store.Options.Schema.For<CaseWorklist>(true);
        var lists = string.Join(", ", Enum.GetValues<Worklist>().Select(l => $"'{WorklistJson.PropertyOf(l)}'"));
        var counted = await RowsAsync(ledger, $"""
            select concat_ws('|', d.data ->> 'countyCode', coalesce(d.data ->> 'township', ''), l.list,
                   d.data -> l.list ->> 'visibleFrom', d.data -> l.list ->> 'dueOn', count(*))
            from {documents} d cross join unnest(array[{lists}]) l(list)
            where jsonb_typeof(d.data -> l.list) = 'object'
            group by d.data ->> 'countyCode', coalesce(d.data ->> 'township', ''), l.list, d.data -> l.list ->> 'visibleFrom', d.data -> l.list ->> 'dueOn'
            """);
        var kept = await RowsAsync(ledger, $"""
            select concat_ws('|', county_code, township, list, visible_from, due_on, cases)
            from {WorklistTallies.TableIn(ledger.Store.Options.DatabaseSchemaName).QualifiedName}
            """);
        counted.ShouldNotBeEmpty();
        kept.ShouldBe(counted);
    }

    private static async Task<List<string>> RowsAsync(WorklistFixture ledger, string sql) =>
        (await StoreTables.ColumnAsync<string>(ledger.ConnectionString, sql)).Order(StringComparer.Ordinal).ToList();
}
