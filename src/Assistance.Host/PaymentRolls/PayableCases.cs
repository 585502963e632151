using Assistance.Domain.Cases;
using Assistance.Host.Storage;
using Marten;
using Weasel.Core;
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
public sealed class PayableCases(StoreOptions options)
    : TableKeptByTriggers(nameof(PayableCases), options, typeof(HouseholdCase), TableIn(options.DatabaseSchemaName))
{
    public static DbObjectName TableIn(string schema) => PostgresqlProvider.Instance.Parse($"{schema}.payable_cases");

    /// <summary>Each segment column, its type, and the value of one segment (<c>s</c>) for it.</summary>
    private static readonly (string Column, string Type, string Value)[] SegmentColumns =
    [
        ("segment_from", "int[]", MonthNumbers.Sql("s ->> 'from'")),
        ("segment_to", "int[]", $"case when s ->> 'to' is null then null else {MonthNumbers.Sql("s ->> 'to'")} end"),
        ("segment_persons", "int[]", "(s ->> 'persons')::int"),
        ("segment_amount", "numeric[]", "(s ->> 'monthlyAmount')::numeric"),
        ("segment_program", "text[]", "s ->> 'program'"),
        ("segment_gradual_exit", "boolean[]", "coalesce((s ->> 'gradualExit')::boolean, false)"),
        ("segment_policy_version", "int[]", "(s ->> 'policyVersion')::int"),
    ];

    /// <summary>
    /// Every column but the id, with its value in the trigger: taken from the snapshot (<c>c.data</c>), its head (<c>h.head</c>) or
    /// its segments gathered into arrays (<c>g</c>).
    /// </summary>
    private static readonly (string Column, string Value)[] Kept =
    [
        ("county_code", "c.data ->> 'countyCode'"),
        ("status", "c.data ->> 'status'"),
        ("head_name", "h.head ->> 'name'"),
        ("head_id_number", "h.head ->> 'idNumber'"),
        ("corrections", "c.data -> 'corrections'"),
        .. SegmentColumns.Select(s => (s.Column, "g." + s.Column)),
    ];

    /// <summary>Whether a case of the county is in the table: one a page of its roll can be read on after.</summary>
    public static async Task<bool> HoldsAsync(IQuerySession session, string county, Guid caseId, CancellationToken ct) =>
        (await session.AdvancedSql.QueryAsync<bool>(
            $"select exists (select 1 from {TableIn(session.DocumentStore.Options.DatabaseSchemaName).QualifiedName} where case_id = ? and county_code = ?)",
            ct, caseId, county)).Single();

    /// <summary>The fields the row is made of (the head from the applicant, or else from the members).</summary>
    protected override string KeptOf(string data) =>
        $"jsonb_build_array({string.Join(", ", new[] { "countyCode", "status", "applicant", "members", "segments", "corrections" }.Select(f => $"{data} -> '{f}'"))})";

    protected override void AddColumns(Table table)
    {
        table.AddColumn<Guid>("case_id").AsPrimaryKey();
        table.AddColumn<string>("county_code").NotNull();
        table.AddColumn<string>("status").NotNull();
        table.AddColumn<string>("head_name");
        table.AddColumn<string>("head_id_number");
        foreach (var (column, type, _) in SegmentColumns) table.AddColumn(column, type).NotNull();
        table.AddColumn("corrections", "jsonb");
        // A draft, or a page of it, reads one county's rows in the roll's order: by the head's ID number, byte by byte.
        table.Indexes.Add(new IndexDefinition($"{Table.Name}_county") { Columns = ["county_code", "head_id_number"], Collation = "C" });
    }

    /// <summary>
    /// Removes the cases a statement deleted and writes the ones it stored, in key order so that two writers lock them in one order;
    /// a row is rewritten only when what a roll needs of the case changed, as most commands change none of it.
    /// The head is the snapshot's applicant, or, in a snapshot written without it, found among the members as
    /// <see cref="HouseholdCase.Applicant"/> finds it.
    /// </summary>
    protected override string Apply(string changes)
    {
        var arrays = string.Join(",\n", SegmentColumns.Select(s => $"coalesce(array_agg({s.Value} order by o), '{{}}') as {s.Column}"));
        var columns = string.Join(", ", Kept.Select(k => k.Column));
        return $"""
            with c as ({changes}),
            gone as (delete from {Table.QualifiedName} where case_id in (
                select (data ->> 'id')::uuid from c where delta < 0 except select (data ->> 'id')::uuid from c where delta > 0))
            insert into {Table.QualifiedName} as t (case_id, {columns})
                    select (c.data ->> 'id')::uuid, {string.Join(", ", Kept.Select(k => k.Value))}
                    from c
                    cross join lateral (select coalesce(c.data -> 'applicant',
                        jsonb_path_query_first(c.data -> 'members', '$[*] ? (@.relation == "Self")'), c.data -> 'members' -> 0) as head) h
                    cross join lateral (select {arrays}
                        from jsonb_array_elements(coalesce(c.data -> 'segments', '[]'::jsonb)) with ordinality as x(s, o)) g
                    where c.delta > 0
                    order by 1
                    on conflict (case_id) do update set {string.Join(", ", Kept.Select(k => $"{k.Column} = excluded.{k.Column}"))}
                    where ({string.Join(", ", Kept.Select(k => $"t.{k.Column}"))}) is distinct from ({string.Join(", ", Kept.Select(k => $"excluded.{k.Column}"))});
            """;
    }
}
