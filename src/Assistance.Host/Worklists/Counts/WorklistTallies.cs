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
    : SumsKeptByTriggers(nameof(WorklistTallies), options, typeof(CaseWorklist), TableIn(options.DatabaseSchemaName),
        ["county_code", "township", "list", "visible_from", "due_on"], ["cases"])
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
        // The counts read a county's rows visible today, not those of the days to come.
        table.Indexes.Add(new IndexDefinition($"{Table.Name}_visible") { Columns = ["county_code", "visible_from"] });
        // A list page's total reads its own list's rows visible today.
        table.Indexes.Add(new IndexDefinition($"{Table.Name}_list_visible") { Columns = ["county_code", "list", "visible_from"] });
        // Lets each transaction drop the rows its changes emptied without reading the others.
        table.Indexes.Add(new IndexDefinition($"{Table.Name}_empty") { Columns = ["county_code"], Predicate = "cases = 0" });
    }

    protected override string AfterApplying => $"delete from {Table.QualifiedName} where cases = 0;";

    /// <summary>Each document on a list counts on its row; a document whose entry did not move cancels out.</summary>
    protected override string Contributions(string changes) => $"""
        select c.data ->> 'countyCode' as county_code, coalesce(c.data ->> 'township', '') as township, l.list,
               (c.data -> l.list ->> 'visibleFrom')::int as visible_from, (c.data -> l.list ->> 'dueOn')::int as due_on, c.delta as cases
        from ({changes}) c cross join unnest(array[{string.Join(", ", Enum.GetValues<Worklist>().Select(l => $"'{WorklistJson.PropertyOf(l)}'"))}]) l(list)
        where jsonb_typeof(c.data -> l.list) = 'object'
        """;
}
