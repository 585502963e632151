using Assistance.Host.Storage;
using Marten;
using Weasel.Core;
using Weasel.Core.Migrations;
using Weasel.Postgresql;

namespace Assistance.Host.PaymentRolls;

/// <summary>
/// What the issued rolls paid, one row per county and case: the months paid for (<see cref="MonthNumbers"/>) and the amount of
/// each, regular and 补发/追回 lines summed. Drafts and a case's payment page read these rows instead of every line of every issued
/// roll; one row per case, not per case and month, so that a draft reads as many rows after five years of rolls as after one. The
/// rows are kept by triggers on the <see cref="IssuedPaymentRoll"/> table, in the statement that stores a roll, and the table starts
/// with the rolls already issued.
/// </summary>
public sealed class RollPayments : FeatureSchemaBase
{
    private readonly DbObjectName _rolls;
    private readonly DbObjectName _table;
    private readonly DbObjectName _perMonth;

    public RollPayments(StoreOptions options) : base(nameof(RollPayments), new PostgresqlMigrator())
    {
        _rolls = DocumentTable.Of<IssuedPaymentRoll>(options);
        _table = TableIn(options.DatabaseSchemaName);
        _perMonth = PostgresqlProvider.Instance.Parse($"{options.DatabaseSchemaName}.roll_payments");
    }

    public static DbObjectName TableIn(string schema) => PostgresqlProvider.Instance.Parse($"{schema}.roll_payments_by_case");

    public override IEnumerable<Type> DependentTypes() => [typeof(IssuedPaymentRoll)];

    protected override IEnumerable<ISchemaObject> schemaObjects() => TableKeptByTriggers.Create(_table, table =>
    {
        table.AddColumn<string>("county_code").AsPrimaryKey();
        table.AddColumn<Guid>("case_id").AsPrimaryKey();
        table.AddColumn("months", "int[]").NotNull();
        table.AddColumn("amounts", "numeric[]").NotNull();
    }, _rolls, Apply, replaces: _perMonth);

    /// <summary>
    /// Sums each statement's lines per case and month, then merges them into the case's months in the row as it is when locked
    /// (so two rolls stored at once both count), in key order so that two writers lock the rows in one order.
    /// </summary>
    private string Apply(string changes) => $"""
        insert into {_table.QualifiedName} as t (county_code, case_id, months, amounts)
                select county_code, case_id, array_agg(month order by month), array_agg(amount order by month)
                from (select r.data ->> 'countyCode' as county_code, l."caseId" as case_id, {MonthNumbers.Sql("l.\"forMonth\"")} as month,
                             sum(l.amount * r.delta) as amount
                      from ({changes}) r cross join jsonb_to_recordset(r.data -> 'lines') as l("caseId" uuid, "forMonth" text, amount numeric)
                      group by 1, 2, 3) p
                group by 1, 2
                order by 1, 2
                on conflict (county_code, case_id) do update set (months, amounts) = (
                    select array_agg(month order by month), array_agg(amount order by month)
                    from (select month, sum(amount) as amount
                          from (select * from unnest(t.months, t.amounts) union all select * from unnest(excluded.months, excluded.amounts)) u(month, amount)
                          group by month) m);
        """;
}
