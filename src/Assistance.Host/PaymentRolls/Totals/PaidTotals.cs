using Assistance.Host.Storage;
using Marten;
using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Assistance.Host.PaymentRolls.Totals;

/// <summary>
/// What the issued rolls paid, summed per county and month paid for (regular, 补发 and 追回 lines alike): with
/// <see cref="EntitledTotals"/>, what a draft's 补发 and 追回 lines add up to, without reading a case. Kept by triggers on the
/// <see cref="IssuedPaymentRoll"/> table, in the statement that stores a roll.
/// </summary>
public sealed class PaidTotals(StoreOptions options)
    : SumsKeptByTriggers(nameof(PaidTotals), options, typeof(IssuedPaymentRoll), TableIn(options.DatabaseSchemaName), ["county_code", "for_month"], ["amount"])
{
    public static DbObjectName TableIn(string schema) => PostgresqlProvider.Instance.Parse($"{schema}.paid_totals_by_month");

    protected override void AddColumns(Table table)
    {
        table.AddColumn<string>("county_code").AsPrimaryKey();
        table.AddColumn<int>("for_month").AsPrimaryKey();
        table.AddColumn("amount", "numeric").NotNull();
    }

    protected override string Contributions(string changes) => $"""
        select r.data ->> 'countyCode' as county_code, {MonthNumbers.Sql("l.\"forMonth\"")} as for_month, r.delta * l.amount as amount
        from ({changes}) r cross join jsonb_to_recordset(r.data -> 'lines') as l("forMonth" text, amount numeric)
        """;
}
