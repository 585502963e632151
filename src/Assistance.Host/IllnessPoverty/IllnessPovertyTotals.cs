using Assistance.Domain.Cases;
using Assistance.Host.PaymentRolls;
using Assistance.Host.Storage;
using Marten;
using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Assistance.Host.IllnessPoverty;

/// <summary>
/// How the 因病致贫 households counted in each month change, per county: a recognised case adds its household and members in the
/// month it is recognised from, as a new household of that month, and takes them back in its exit month. What a county counts in
/// a month is the sum of the changes up to it, so the statistics read a row per month of the county's history however many cases
/// it holds. A case that exits in or before the month it is recognised from never counts. Kept by triggers on the
/// <see cref="HouseholdCase"/> table, in the statement that stores a snapshot; only a change to what it keeps of a case writes.
/// </summary>
public sealed class IllnessPovertyTotals(StoreOptions options)
    : SumsKeptByTriggers(nameof(IllnessPovertyTotals), options, typeof(HouseholdCase), TableIn(options.DatabaseSchemaName),
        ["county_code", "month"], ["households", "persons", "new_households"])
{
    public static DbObjectName TableIn(string schema) => PostgresqlProvider.Instance.Parse($"{schema}.illness_poverty_changes_by_month");

    /// <summary>
    /// The version before counted the recognised cases themselves, through a partial index of them (which Marten drops, as it is
    /// no longer configured) and statistics on their flag (a <see cref="RareCaseFlag"/>), which nothing reads now.
    /// </summary>
    protected override string DropsWhenCreated => $"""
        drop statistics if exists {Table.Schema}.mt_doc_householdcase_stat_illness_poverty;

        """;

    protected override void AddColumns(Table table)
    {
        table.AddColumn<string>("county_code").AsPrimaryKey();
        table.AddColumn<int>("month").AsPrimaryKey();
        table.AddColumn<int>("households").NotNull();
        table.AddColumn<long>("persons").NotNull();
        table.AddColumn<int>("new_households").NotNull();
    }

    // Null for the cases never recognised, so that their writes (nearly all) apply nothing.
    protected override string KeptOf(string data) => $"""
        case when {data} ->> 'illnessPovertyFrom' is not null
             then jsonb_build_array({data} -> 'countyCode', {data} -> 'illnessPovertyFrom', {data} -> 'exitMonth', jsonb_array_length({data} -> 'members')) end
        """;

    protected override string Contributions(string changes) => $"""
        select r.county_code, e.month, r.delta * e.sign as households, r.delta * e.sign * r.persons as persons,
               case when e.sign = 1 then r.delta else 0 end as new_households
        from (select c.data ->> 'countyCode' as county_code, c.delta, jsonb_array_length(c.data -> 'members') as persons,
                     {MonthNumbers.Sql("c.data ->> 'illnessPovertyFrom'")} as recognised_from,
                     case when c.data ->> 'exitMonth' is null then null else {MonthNumbers.Sql("c.data ->> 'exitMonth'")} end as exit_month
              from ({changes}) c
              where c.data ->> 'illnessPovertyFrom' is not null) r
        cross join lateral (values (r.recognised_from, 1), (r.exit_month, -1)) as e(month, sign)
        where e.month is not null and (r.exit_month is null or r.exit_month > r.recognised_from)
        """;
}
