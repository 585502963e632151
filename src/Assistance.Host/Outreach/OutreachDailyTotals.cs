using Assistance.Host.Storage;
using Marten;
using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Assistance.Host.Outreach;

/// <summary>
/// The screening's progress per county and day: persons whose listing dates from the day, visits made on it, persons visited for
/// the first time, applications and enrolments. The weekly progress sums these instead of reading every rostered person of the
/// counties asked for, so it reads a row per day of the screening however many persons the rosters list. A person counts while
/// listed or once visited, as the weekly progress counts them. Kept by triggers on the <see cref="RosteredPerson"/> table, in the
/// statement that stores a person; only a change to what it keeps of a person writes.
/// </summary>
public sealed class OutreachDailyTotals(StoreOptions options)
    : SumsKeptByTriggers(nameof(OutreachDailyTotals), options, typeof(RosteredPerson), TableIn(options.DatabaseSchemaName),
        ["county_code", "day"], Sums)
{
    private static readonly string[] Sums = ["rostered", "visits", "reached", "applied", "enrolled"];

    public static DbObjectName TableIn(string schema) => PostgresqlProvider.Instance.Parse($"{schema}.outreach_progress_by_day");

    protected override void AddColumns(Table table)
    {
        table.AddColumn<string>("county_code").AsPrimaryKey();
        table.AddColumn("day", "date").AsPrimaryKey();
        foreach (var sum in Sums) table.AddColumn<int>(sum).NotNull();
    }

    protected override string KeptOf(string data) => $"""
        jsonb_build_array({data} -> 'countyCode', {data} -> 'listed', {data} -> 'rosteredOn',
                          jsonb_path_query_array({data} -> 'visits', '$[*].visitedOn'), {data} -> 'appliedOn', {data} -> 'enrolledOn')
        """;

    protected override string Contributions(string changes) => $"""
        select p.data ->> 'countyCode' as county_code, e.day, p.delta * e.rostered as rostered, p.delta * e.visits as visits,
               p.delta * e.reached as reached, p.delta * e.applied as applied, p.delta * e.enrolled as enrolled
        from ({changes}) p
        cross join lateral (
            select (p.data ->> 'rosteredOn')::date, 1, 0, 0, 0, 0
            union all select (v ->> 'visitedOn')::date, 0, 1, 0, 0, 0 from jsonb_array_elements(p.data -> 'visits') v
            union all select min((v ->> 'visitedOn')::date), 0, 0, 1, 0, 0 from jsonb_array_elements(p.data -> 'visits') v having count(*) > 0
            union all select (p.data ->> 'appliedOn')::date, 0, 0, 0, 1, 0 where p.data ->> 'appliedOn' is not null
            union all select (p.data ->> 'enrolledOn')::date, 0, 0, 0, 0, 1 where p.data ->> 'enrolledOn' is not null
        ) as e(day, rostered, visits, reached, applied, enrolled)
        where (p.data ->> 'listed')::boolean or jsonb_array_length(p.data -> 'visits') > 0
        """;
}
