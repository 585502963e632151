using Assistance.Domain.Worklists;
using Assistance.Host.Worklists;
using Assistance.Host.Worklists.Counts;
using Marten;
using Npgsql;

namespace Assistance.Host.Tests.Worklists;

/// <summary>The tallies the triggers keep, against the same tallies counted afresh from the worklist documents.</summary>
public static class WorklistTalliesAgreement
{
    public static async Task ShouldAgreeAsync(IDocumentStore store)
    {
        var documents = store.Options.Schema.For<CaseWorklist>(true);
        var lists = string.Join(", ", Enum.GetValues<Worklist>().Select(l => $"'{WorklistJson.PropertyOf(l)}'"));
        var counted = await RowsAsync(store, $"""
            select d.data ->> 'countyCode', coalesce(d.data ->> 'township', ''), l.list,
                   (d.data -> l.list ->> 'visibleFrom')::int, (d.data -> l.list ->> 'dueOn')::int, count(*)::int
            from {documents} d cross join unnest(array[{lists}]) l(list)
            where jsonb_typeof(d.data -> l.list) = 'object'
            group by 1, 2, 3, 4, 5
            """);
        var kept = await RowsAsync(store,
            $"select county_code, township, list, visible_from, due_on, cases from {WorklistTallies.TableIn(store.Options.DatabaseSchemaName).QualifiedName}");
        counted.ShouldNotBeEmpty();
        kept.ShouldBe(counted);
    }

    private static async Task<List<string>> RowsAsync(IDocumentStore store, string sql)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue)));
        return rows.Order(StringComparer.Ordinal).ToList();
    }
}
