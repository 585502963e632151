using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Host.Storage;
using Marten;
using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Assistance.Host.PaymentRolls.Totals;

/// <summary>
/// What the cases' timelines say is due, summed per county and span of months: for every (from, to) that some segments with an
/// amount share, how many households, persons and yuan a month they hold. What a county is due in a month is the sum of the
/// rows whose span covers it, so a draft's totals cost as much in a county of 70,000 households as in one of 700. Only the
/// cases a roll can pay (enrolled, 渐退 or exited) are counted, as the draft reads them. Kept by triggers on the
/// <see cref="HouseholdCase"/> table, in the statement that stores a snapshot; a command that changes no segment changes no row.
/// </summary>
public sealed class EntitledTotals(StoreOptions options)
    : TableKeptByTriggers(nameof(EntitledTotals), options, typeof(HouseholdCase), TableIn(options.DatabaseSchemaName))
{
    /// <summary>The <c>to</c> of a span that has no end: a key column cannot be null.</summary>
    public const int Open = int.MaxValue;

    private static readonly string[] PayableStatuses = [nameof(CaseStatus.Enrolled), nameof(CaseStatus.GradualExit), nameof(CaseStatus.Exited)];

    public static DbObjectName TableIn(string schema) => PostgresqlProvider.Instance.Parse($"{schema}.entitled_totals_by_span");

    protected override void AddColumns(Table table)
    {
        table.AddColumn<string>("county_code").AsPrimaryKey();
        table.AddColumn<int>("span_from").AsPrimaryKey();
        table.AddColumn<int>("span_to").AsPrimaryKey();
        table.AddColumn<int>("households").NotNull();
        table.AddColumn<long>("persons").NotNull();
        table.AddColumn("amount", "numeric").NotNull();
    }

    /// <summary>
    /// Adds each stored segment and takes back each replaced one; spans whose sums the statement leaves as they were are not
    /// written, and rows are written in key order so that two writers lock them in one order. A span that no segment holds any
    /// more stays as a row of zeros: spans are few, and deleting it would race a writer adding to it.
    /// </summary>
    protected override string Apply(string changes) => $"""
        insert into {Table.QualifiedName} as t (county_code, span_from, span_to, households, persons, amount)
                select c.data ->> 'countyCode', {MonthNumbers.Sql("s ->> 'from'")},
                       case when s ->> 'to' is null then {Open} else {MonthNumbers.Sql("s ->> 'to'")} end,
                       sum(c.delta), sum(c.delta * (s ->> 'persons')::int), sum(c.delta * (s ->> 'monthlyAmount')::numeric)
                from ({changes}) c
                cross join jsonb_array_elements(coalesce(c.data -> 'segments', '[]'::jsonb)) as x(s)
                where c.data ->> 'status' in ({string.Join(", ", PayableStatuses.Select(s => $"'{s}'"))})
                  and (s ->> 'monthlyAmount')::numeric > 0
                group by 1, 2, 3
                having sum(c.delta) <> 0 or sum(c.delta * (s ->> 'persons')::int) <> 0 or sum(c.delta * (s ->> 'monthlyAmount')::numeric) <> 0
                order by 1, 2, 3
                on conflict (county_code, span_from, span_to) do update set households = t.households + excluded.households,
                    persons = t.persons + excluded.persons, amount = t.amount + excluded.amount;
        """;
}
