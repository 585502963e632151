using Assistance.Domain.Cases;
using Assistance.Host.Storage;
using Marten;
using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Assistance.Host.PaymentRolls.Totals;

/// <summary>
/// How what the cases' timelines say is due changes from month to month, per county: a segment with an amount adds its household,
/// persons and yuan a month in its first month and takes them back in the month after its last. What a county is due in a month
/// is the sum of the changes up to it, so a draft's totals read a row per month of the county's history, as many in a county of
/// 70,000 households as in one of 700. Only the cases a roll can pay (enrolled, 渐退 or exited) count, as the draft reads them.
/// Kept by triggers on the <see cref="HouseholdCase"/> table, in the statement that stores a snapshot; a command that changes no
/// segment writes no row.
/// </summary>
public sealed class EntitledTotals(StoreOptions options)
    : SumsKeptByTriggers(nameof(EntitledTotals), options, typeof(HouseholdCase), TableIn(options.DatabaseSchemaName),
        ["county_code", "month"], ["households", "persons", "amount"])
{
    public static DbObjectName TableIn(string schema) => PostgresqlProvider.Instance.Parse($"{schema}.entitled_changes_by_month");

    /// <summary>The version before kept a row per county and span of months.</summary>
    protected override string DropsWhenCreated => Dropping(PostgresqlProvider.Instance.Parse($"{Table.Schema}.entitled_totals_by_span"));

    protected override void AddColumns(Table table)
    {
        table.AddColumn<string>("county_code").AsPrimaryKey();
        table.AddColumn<int>("month").AsPrimaryKey();
        table.AddColumn<int>("households").NotNull();
        table.AddColumn<long>("persons").NotNull();
        table.AddColumn("amount", "numeric").NotNull();
    }

    protected override string KeptOf(string data) => $"jsonb_build_array({data} -> 'countyCode', {data} -> 'status', {data} -> 'segments')";

    /// <summary>Each segment with an amount counts in its first month and is taken back in the month after its last.</summary>
    protected override string Contributions(string changes) => $"""
        select c.data ->> 'countyCode' as county_code, e.month, c.delta * e.sign as households,
               c.delta * e.sign * (s ->> 'persons')::int as persons, c.delta * e.sign * (s ->> 'monthlyAmount')::numeric as amount
        from ({changes}) c
        cross join jsonb_array_elements(coalesce(c.data -> 'segments', '[]'::jsonb)) as x(s)
        cross join lateral (values ({MonthNumbers.Sql("s ->> 'from'")}, 1),
                                   (case when s ->> 'to' is null then null else {MonthNumbers.Sql("s ->> 'to'")} + 1 end, -1)) as e(month, sign)
        where c.data ->> 'status' = any(array[{string.Join(", ", RollEntitlements.PayableStatuses.Select(s => $"'{s}'"))}])
          and (s ->> 'monthlyAmount')::numeric > 0 and e.month is not null
        """;
}
