using Assistance.Domain.Cases;
using Assistance.Host.Storage;
using Marten;
using Weasel.Core;
using Weasel.Core.Migrations;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Assistance.Host.PaymentRolls;

/// <summary>
/// One row per case with only what a roll needs of it: county, status, head of household, the entitlement segments as columns of
/// arrays (one element per segment, months as <see cref="MonthNumbers"/>) and the correction notes. A draft reads these rows
/// instead of the case snapshots, which PostgreSQL decompressed whole to cut those fields out and the host then parsed as JSON:
/// most of a draft's time. The rows are kept by triggers on the <see cref="HouseholdCase"/> table, in the statement that stores a
/// snapshot, and the table starts with the cases already stored.
/// </summary>
public sealed class PayableCases : FeatureSchemaBase
{
    private readonly DbObjectName _cases;
    private readonly DbObjectName _table;

    public PayableCases(StoreOptions options) : base(nameof(PayableCases), new PostgresqlMigrator())
    {
        _cases = DocumentTable.Of<HouseholdCase>(options);
        _table = TableIn(options.DatabaseSchemaName);
    }

    public static DbObjectName TableIn(string schema) => PostgresqlProvider.Instance.Parse($"{schema}.payable_cases");

    public override IEnumerable<Type> DependentTypes() => [typeof(HouseholdCase)];

    protected override IEnumerable<ISchemaObject> schemaObjects() => TableKeptByTriggers.Create(_table, table =>
    {
        table.AddColumn<Guid>("case_id").AsPrimaryKey();
        table.AddColumn<string>("county_code").NotNull();
        table.AddColumn<string>("status").NotNull();
        table.AddColumn<string>("head_name");
        table.AddColumn<string>("head_id_number");
        foreach (var (column, type) in SegmentColumns) table.AddColumn(column, type).NotNull();
        table.AddColumn("corrections", "jsonb");
        // A draft reads one county's rows in the order of their ids.
        table.Indexes.Add(new IndexDefinition($"{_table.Name}_county") { Columns = ["county_code", "case_id"] });
    }, _cases, Apply);

    private static readonly (string Column, string Type, string Field)[] SegmentFields =
    [
        ("segment_from", "int[]", MonthNumbers.Sql("s ->> 'from'")),
        ("segment_to", "int[]", $"case when s ->> 'to' is null then null else {MonthNumbers.Sql("s ->> 'to'")} end"),
        ("segment_persons", "int[]", "(s ->> 'persons')::int"),
        ("segment_amount", "numeric[]", "(s ->> 'monthlyAmount')::numeric"),
        ("segment_program", "text[]", "s ->> 'program'"),
        ("segment_gradual_exit", "boolean[]", "coalesce((s ->> 'gradualExit')::boolean, false)"),
        ("segment_policy_version", "int[]", "(s ->> 'policyVersion')::int"),
    ];

    private static IEnumerable<(string Column, string Type)> SegmentColumns => SegmentFields.Select(f => (f.Column, f.Type));

    /// <summary>
    /// Removes the cases a statement deleted and writes the ones it stored, in key order so that two writers lock them in one order;
    /// a row is rewritten only when what a roll needs of the case changed, as most commands change none of it.
    /// The head is the snapshot's applicant, or, in a snapshot written without it, found among the members as
    /// <see cref="HouseholdCase.Applicant"/> finds it.
    /// </summary>
    private string Apply(string changes)
    {
        var columns = string.Join(", ", SegmentFields.Select(f => f.Column));
        var arrays = string.Join(",\n", SegmentFields.Select(f => $"coalesce(array_agg({f.Field} order by o), '{{}}') as {f.Column}"));
        var kept = new[] { "county_code", "status", "head_name", "head_id_number", "corrections" }.Concat(SegmentFields.Select(f => f.Column)).ToList();
        var updates = string.Join(", ", kept.Select(c => $"{c} = excluded.{c}"));
        var changed = $"({string.Join(", ", kept.Select(c => $"t.{c}"))}) is distinct from ({string.Join(", ", kept.Select(c => $"excluded.{c}"))})";
        return $"""
            with c as ({changes}),
            gone as (delete from {_table.QualifiedName} where case_id in (
                select (data ->> 'id')::uuid from c where delta < 0 except select (data ->> 'id')::uuid from c where delta > 0))
            insert into {_table.QualifiedName} as t (case_id, county_code, status, head_name, head_id_number, corrections, {columns})
                    select (c.data ->> 'id')::uuid, c.data ->> 'countyCode', c.data ->> 'status', h.head ->> 'name', h.head ->> 'idNumber',
                           c.data -> 'corrections', {string.Join(", ", SegmentFields.Select(f => "g." + f.Column))}
                    from c
                    cross join lateral (select coalesce(c.data -> 'applicant',
                        jsonb_path_query_first(c.data -> 'members', '$[*] ? (@.relation == "Self")'), c.data -> 'members' -> 0) as head) h
                    cross join lateral (select {arrays}
                        from jsonb_array_elements(coalesce(c.data -> 'segments', '[]'::jsonb)) with ordinality as x(s, o)) g
                    where c.delta > 0
                    order by 1
                    on conflict (case_id) do update set {updates} where {changed};
            """;
    }
}
