using Assistance.Host.Storage;
using Marten;
using Weasel.Core;
using Weasel.Core.Migrations;
using Weasel.Postgresql;

namespace Assistance.Host.PaymentRolls;

/// <summary>
/// What the issued rolls paid, one row per county, case and month paid for (regular and 补发/追回 lines summed): drafts and a case's
/// payment page read these rows instead of every line of every issued roll. The rows are kept by triggers on the
/// <see cref="IssuedPaymentRoll"/> table, in the statement that stores a roll, and the table starts with the rolls already issued.
/// </summary>
public sealed class RollPayments : FeatureSchemaBase
{
    private readonly DbObjectName _rolls;
    private readonly DbObjectName _table;

    public RollPayments(StoreOptions options) : base(nameof(RollPayments), new PostgresqlMigrator())
    {
        _rolls = DocumentTable.Of<IssuedPaymentRoll>(options);
        _table = TableIn(options.DatabaseSchemaName);
    }

    public static DbObjectName TableIn(string schema) => PostgresqlProvider.Instance.Parse($"{schema}.roll_payments");

    public override IEnumerable<Type> DependentTypes() => [typeof(IssuedPaymentRoll)];

    protected override IEnumerable<ISchemaObject> schemaObjects() => TableKeptByTriggers.Create(_table, table =>
    {
        table.AddColumn<string>("county_code").AsPrimaryKey();
        table.AddColumn<Guid>("case_id").AsPrimaryKey();
        table.AddColumn<string>("for_month").AsPrimaryKey();
        table.AddColumn<decimal>("amount").NotNull();
    }, _rolls, Apply);

    /// <summary>Adds each statement's lines to the rows, in key order so that two writers lock them in one order.</summary>
    private string Apply(string changes) => $"""
        insert into {_table.QualifiedName} as t (county_code, case_id, for_month, amount)
                select r.data ->> 'countyCode', l."caseId", l."forMonth", sum(l.amount * r.delta)
                from ({changes}) r cross join jsonb_to_recordset(r.data -> 'lines') as l("caseId" uuid, "forMonth" text, amount numeric)
                group by 1, 2, 3
                order by 1, 2, 3
                on conflict (county_code, case_id, for_month) do update set amount = t.amount + excluded.amount;
        """;
}
