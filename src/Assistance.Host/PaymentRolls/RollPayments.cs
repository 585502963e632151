using Assistance.Domain.PaymentRolls;
using Assistance.Host.Storage;
using Marten;
using Weasel.Core;
using Weasel.Postgresql.Tables;
using Weasel.Postgresql;

namespace Assistance.Host.PaymentRolls;

/// <summary>
/// What the issued rolls paid, one row per county and case, as runs (<see cref="PaidRun"/>) of months in a row paid the same
/// amount, regular and 补发/追回 lines summed (<see cref="MonthNumbers"/>; a month whose lines sum to nothing is in no run). Drafts
/// and a case's payment page read these rows instead of every line of every issued roll; a case paid the same for years is one
/// run, so a draft reads as much after five years of rolls as after one. The rows are kept by triggers on the
/// <see cref="IssuedPaymentRoll"/> table, in the statement that stores a roll, and the table starts with the rolls already issued.
/// </summary>
public sealed class RollPayments(StoreOptions options)
    : TableKeptByTriggers(nameof(RollPayments), options, typeof(IssuedPaymentRoll), TableIn(options.DatabaseSchemaName))
{
    public static DbObjectName TableIn(string schema) => PostgresqlProvider.Instance.Parse($"{schema}.roll_payments_by_case");

    protected override void AddColumns(Table table)
    {
        table.AddColumn<string>("county_code").AsPrimaryKey();
        table.AddColumn<Guid>("case_id").AsPrimaryKey();
        table.AddColumn("run_from", "int[]").NotNull();
        table.AddColumn("run_to", "int[]").NotNull();
        table.AddColumn("run_amount", "numeric[]").NotNull();
    }

    /// <summary>The version before kept one row per case and month.</summary>
    protected override string DropsWhenCreated => Dropping(PostgresqlProvider.Instance.Parse($"{Table.Schema}.roll_payments"));

    /// <summary>
    /// Sums each statement's lines per case and month, then merges them into the case's runs as they are when the row is locked
    /// (so two rolls stored at once both count), in key order so that two writers lock the rows in one order.
    /// </summary>
    protected override string Apply(string changes) => $"""
        insert into {Table.QualifiedName} as t (county_code, case_id, run_from, run_to, run_amount)
                select p.county_code, p.case_id, r.*
                from (select county_code, case_id, array_agg(month) as months, array_agg(amount) as amounts
                      from (select r.data ->> 'countyCode' as county_code, l."caseId" as case_id,
                                   {MonthNumbers.Sql("l.\"forMonth\"")} as month, sum(l.amount * r.delta) as amount
                            from ({changes}) r cross join jsonb_to_recordset(r.data -> 'lines') as l("caseId" uuid, "forMonth" text, amount numeric)
                            group by 1, 2, 3) m
                      group by 1, 2) p
                cross join lateral ({Runs("select * from unnest(p.months, p.amounts)")}) r
                order by 1, 2
                on conflict (county_code, case_id) do update set (run_from, run_to, run_amount) = ({Runs($"{MonthsOf("t")} union all {MonthsOf("excluded")}")});
        """;

    /// <summary>The months of a row's runs, with the amount of each, as a select of (month, amount).</summary>
    public static string MonthsOf(string row) =>
        $"select generate_series(f, l), a from unnest({row}.run_from, {row}.run_to, {row}.run_amount) as r(f, l, a)";

    /// <summary>The runs of a set of (month, amount) rows, a month's amounts summed: months in a row with one amount are one run.</summary>
    private static string Runs(string months) => $"""
        select coalesce(array_agg(f order by f), '{"{}"}'), coalesce(array_agg(l order by f), '{"{}"}'), coalesce(array_agg(a order by f), '{"{}"}')
        from (select min(m) as f, max(m) as l, a
              from (select m, a, m - row_number() over (partition by a order by m) as run
                    from (select m, sum(a) as a from ({months}) as x(m, a) group by m having sum(a) <> 0) s) y
              group by a, run) z
        """;
}
