using Assistance.Domain.PaymentRolls;
using Assistance.Host.Storage;
using Marten;
using NodaTime;
using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Assistance.Host.PaymentRolls;

/// <summary>
/// Each issued roll (<see cref="IssuedPaymentRoll"/>) as rows: row 0 the roll without its lines, rows 1…n its lines in the roll's
/// order, each with the last row of its household's lines. A page of an issued roll reads its totals and its lines by key,
/// where the frozen document would be read whole (70,000 lines for a large county). Kept by triggers on the rolls' table in the
/// statement that stores a roll; the table starts with the rolls already issued.
/// </summary>
/// <remarks>
/// The statement that stores a roll also brings PostgreSQL's statistics of the roll ids up to date: a roll is stored in one
/// go, and autovacuum analyzes a table only after a tenth of it changed, which a month's roll of a table of many months never
/// does. Estimating a roll it has no statistics of at a row or two, PostgreSQL read each page's keys by scanning the whole roll
/// (153 ms a page of a 70,000-line roll at the province, against 3 ms).
/// </remarks>
public sealed class IssuedRollRows(StoreOptions options)
    : TableKeptByTriggers(nameof(IssuedRollRows), options, typeof(IssuedPaymentRoll), TableIn(options.DatabaseSchemaName))
{
    public static DbObjectName TableIn(string schema) => PostgresqlProvider.Instance.Parse($"{schema}.issued_roll_rows");

    protected override void AddColumns(Table table)
    {
        table.AddColumn<string>("roll_id").AsPrimaryKey();
        table.AddColumn<int>("position").AsPrimaryKey();
        table.AddColumn<Guid>("case_id");
        table.AddColumn<int>("case_end").NotNull();
        table.AddColumn("row", "jsonb").NotNull();
        table.Indexes.Add(new IndexDefinition($"{table.Identifier.Name}_case") { Columns = ["roll_id", "case_id"] });
    }

    protected override string Apply(string changes) => $"""
        delete from {Table.QualifiedName} where roll_id in (select c.data ->> 'id' from ({changes}) c where c.delta < 0);
        insert into {Table.QualifiedName} (roll_id, position, case_id, case_end, row)
        select c.data ->> 'id', 0, null, 0, c.data - 'lines' from ({changes}) c where c.delta > 0
        union all
        select c.data ->> 'id', l.position::int, (l.line ->> 'caseId')::uuid,
               max(l.position::int) over (partition by c.data ->> 'id', l.line ->> 'caseId'), l.line
        from ({changes}) c cross join jsonb_array_elements(c.data -> 'lines') with ordinality as l(line, position)
        where c.delta > 0;
        analyze {Table.QualifiedName} (roll_id);
        """;

    /// <summary>
    /// A page of an issued roll: the lines of the households after <paramref name="after"/>'s (from the first without it), household
    /// by household until there are at least <paramref name="limit"/>, the same page <see cref="LinePages.End"/> cuts. Null when the
    /// roll is not issued.
    /// </summary>
    public static async Task<IssuedRollPage?> PageAsync(IQuerySession session, string county, YearMonth month, Guid? after, int limit, CancellationToken ct)
    {
        var table = TableIn(session.DocumentStore.Options.DatabaseSchemaName).QualifiedName;
        var (sql, parameters) = PageQuery(table, IssuedPaymentRoll.IdOf(county, PaymentRolls.Format(month)), after, limit);
        var read = await session.AdvancedSql.QueryAsync<IssuedRollRead>(sql, ct, parameters);
        if (read.SingleOrDefault() is not { } page) return null;
        return new IssuedRollPage(page.Roll, page.Found, page.Lines, page.More ? page.Lines[^1].CaseId : null);
    }

    /// <summary>
    /// The page's query (Marten's <c>?</c> placeholders) and its parameters. The page ends with the household of its limit-th line;
    /// without one it runs to the roll's last line. Every read is by key: a planner that knows how many rows a roll has would
    /// rather scan the table for "is there a line after the page".
    /// </summary>
    internal static (string Sql, object[] Parameters) PageQuery(string table, string id, Guid? after, int limit) => ($"""
        with s as (select {(after is null ? "0" : $"(select max(case_end) from {table} where roll_id = ? and case_id = ?)")} as at),
             last as (select max(position) as at from {table} where roll_id = ?),
             e as (select coalesce((select case_end from {table}, s where roll_id = ? and position = s.at + ?), last.at) as at from last)
        select jsonb_build_object('roll', h.row, 'found', s.at is not null,
               'lines', coalesce((select jsonb_agg(l.row order by l.position) from {table} l
                                  where l.roll_id = h.roll_id and l.position > s.at and l.position <= e.at), '[]'),
               'more', e.at < last.at)
        from {table} h, s, e, last where h.roll_id = ? and h.position = 0
        """, after is { } afterCase ? [id, afterCase, id, id, limit, id] : [id, id, limit, id]);

    private sealed record IssuedRollRead(IssuedPaymentRoll Roll, bool Found, List<RollLine> Lines, bool More);
}
