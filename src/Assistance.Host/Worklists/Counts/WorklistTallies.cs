using Assistance.Domain.Worklists;
using Assistance.Host.Storage;
using Marten;
using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Assistance.Host.Worklists.Counts;

/// <summary>
/// How many cases are on each list, per county, township and pair of (visible from, due on) days: the worklist counts and a
/// page's total sum these rows instead of counting the county's documents, so they cost the same at a thousand cases and at a
/// million. The rows are kept by triggers on the <see cref="CaseWorklist"/> table, in the same statement as the documents, so
/// every writer (the projection, the refresh, a rebuild's truncate) keeps them exact; the table starts with the documents
/// already stored. The number of rows grows with the townships and the distinct days, not with the cases.
/// </summary>
public sealed class WorklistTallies(StoreOptions options)
    : TableKeptByTriggers(nameof(WorklistTallies), options, typeof(CaseWorklist), TableIn(options.DatabaseSchemaName))
{
    public static DbObjectName TableIn(string schema) => PostgresqlProvider.Instance.Parse($"{schema}.worklist_tallies");

    protected override void AddColumns(Table table)
    {
        table.AddColumn<string>("county_code").AsPrimaryKey();
        table.AddColumn<string>("township").AsPrimaryKey();
        table.AddColumn<string>("list").AsPrimaryKey();
        table.AddColumn<int>("visible_from").AsPrimaryKey();
        table.AddColumn<int>("due_on").AsPrimaryKey();
        table.AddColumn<int>("cases").NotNull();
        // Lets each statement drop the rows its changes emptied without reading the others.
        table.Indexes.Add(new IndexDefinition($"{Table.Name}_empty") { Columns = ["county_code"], Predicate = "cases = 0" });
    }

    protected override string AfterEachStatement => $"delete from {Table.QualifiedName} where cases = 0;";

    /// <summary>
    /// Adds the statement's changes up per row of the table: each document on a list counts −1 as it was and +1 as it is, so a
    /// document whose entry did not move cancels out. Rows are taken in key order, so that two writers lock them in one order.
    /// </summary>
    protected override string Apply(string changes) => $"""
        insert into {Table.QualifiedName} as t (county_code, township, list, visible_from, due_on, cases)
                select c.data ->> 'countyCode', coalesce(c.data ->> 'township', ''), l.list,
                       (c.data -> l.list ->> 'visibleFrom')::int, (c.data -> l.list ->> 'dueOn')::int, sum(c.delta)
                from ({changes}) c cross join unnest(array[{string.Join(", ", Enum.GetValues<Worklist>().Select(l => $"'{WorklistJson.PropertyOf(l)}'"))}]) l(list)
                where jsonb_typeof(c.data -> l.list) = 'object'
                group by 1, 2, 3, 4, 5
                having sum(c.delta) <> 0
                order by 1, 2, 3, 4, 5
                on conflict (county_code, township, list, visible_from, due_on) do update set cases = t.cases + excluded.cases;
        """;
}
