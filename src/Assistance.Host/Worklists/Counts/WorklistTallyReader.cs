using Assistance.Domain.Worklists;
using Assistance.Host.Access;
using Marten;
using NodaTime;

namespace Assistance.Host.Worklists.Counts;

/// <summary>How many cases the user may see on each list today, and how many of them are overdue, summed from <see cref="WorklistTallies"/>.</summary>
public static class WorklistTallyReader
{
    public static async Task<IReadOnlyDictionary<Worklist, WorklistTally>> TodayAsync(
        IQuerySession session, LocalDate today, string? countyCode, string? township, LedgerUser user, CancellationToken ct)
    {
        var byList = (await ReadAsync(session, today, null, countyCode, township, user, ct)).ToDictionary(r => r.List);
        return Enum.GetValues<Worklist>().ToDictionary(l => l, l => byList.GetValueOrDefault(WorklistJson.PropertyOf(l)) ?? None(l));
    }

    /// <summary>One list's tally: a list page's total reads that list's rows only.</summary>
    public static async Task<WorklistTally> OnListTodayAsync(
        IQuerySession session, LocalDate today, Worklist list, string? countyCode, string? township, LedgerUser user, CancellationToken ct) =>
        (await ReadAsync(session, today, list, countyCode, township, user, ct)).SingleOrDefault() ?? None(list);

    private static WorklistTally None(Worklist list) => new(WorklistJson.PropertyOf(list), 0, 0);

    private static async Task<IReadOnlyList<WorklistTally>> ReadAsync(
        IQuerySession session, LocalDate today, Worklist? list, string? countyCode, string? township, LedgerUser user, CancellationToken ct)
    {
        var day = DayNumber.Of(today);
        // Rows not visible yet (reviews due next year, say) are most of a county's and are not read.
        var conditions = new List<string> { "visible_from <= ^" };
        var parameters = new List<object> { day, day };
        void Where(string condition, object value)
        {
            conditions.Add(condition);
            parameters.Add(value);
        }
        if (list is { } one) Where("list = ^", WorklistJson.PropertyOf(one));
        if (!string.IsNullOrEmpty(countyCode)) Where("county_code = ^", countyCode);
        if (!user.AllCounties) Where("county_code = any(^)", user.Counties.ToArray());
        if (!string.IsNullOrEmpty(township)) Where("township = ^", township);
        if (user.Township is { } own) Where("township = ^", own);

        var table = WorklistTallies.TableIn(session.DocumentStore.Options.DatabaseSchemaName).QualifiedName;
        return await session.QueryAsync<WorklistTally>('^', $"""
            select jsonb_build_object('list', list,
                'total', coalesce(sum(cases), 0), 'overdue', coalesce(sum(cases) filter (where due_on < ^), 0))
            from {table}
            where {string.Join(" and ", conditions)}
            group by list
            """, ct, [.. parameters]);
    }
}
