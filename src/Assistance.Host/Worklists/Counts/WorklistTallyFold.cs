using Marten;
using NodaTime;

namespace Assistance.Host.Worklists.Counts;

/// <summary>
/// Folds the tallies of days well past, so that a county's counts read a bounded number of rows however many cases it has: a
/// visible-from or due day before the fold's day becomes 0. Every count read on that day or later sums the same (a row visible
/// and overdue before the day stays visible and overdue), while the (visible-from, due) pairs of past days, more of them the
/// larger the county, become one row per county, township, list and day still to come. The triggers are unchanged: a case that
/// leaves a folded row subtracts from its own day's row, which can go below zero until the next fold.
/// </summary>
public static class WorklistTallyFold
{
    /// <summary>How many days back from today the fold keeps the days as they are: a reader a little behind the job's clock still sums right.</summary>
    public const int DaysKept = 7;

    public static LocalDate DayFor(LocalDate today) => today.PlusDays(-DaysKept);

    /// <summary>The expression a day column becomes when folded before <paramref name="day"/>.</summary>
    public static string Folded(string column, int day) => $"(case when {column} < {day} then 0 else {column} end)";

    /// <summary>The day (yyyyMMdd) before which the tallies were last folded; 0 when they never were.</summary>
    public static async Task<int> FoldedBeforeAsync(IQuerySession session, CancellationToken ct) =>
        (await session.LoadAsync<WorklistTalliesFolded>(WorklistTalliesFolded.TheId, ct))?.Before ?? 0;

    /// <summary>Folds the rows of days before <paramref name="before"/>, unless an earlier run already folded as far.</summary>
    public static async Task FoldAsync(IDocumentStore store, LocalDate before, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var day = DayNumber.Of(before);
        if (day <= await FoldedBeforeAsync(session, ct)) return;

        var table = WorklistTallies.TableIn(store.Options.DatabaseSchemaName).QualifiedName;
        const string keys = "county_code, township, list, visible_from, due_on";
        // The triggers' writers wait the few milliseconds of the fold rather than deadlock with its deletes.
        session.QueueSqlCommand($"lock table {table} in exclusive mode");
        // A folded row's new key has its days at 0 or at or after the fold's day, so it is never one of the rows the statement deletes.
        session.QueueSqlCommand($"""
            with moved as (
                delete from {table}
                where (visible_from > 0 and visible_from < {day}) or (due_on > 0 and due_on < {day})
                returning county_code, township, list, {Folded("visible_from", day)} as visible_from, {Folded("due_on", day)} as due_on, cases)
            insert into {table} as t ({keys}, cases)
            select {keys}, sum(cases) from moved group by {keys} having sum(cases) <> 0 order by {keys}
            on conflict ({keys}) do update set cases = t.cases + excluded.cases
            """);
        session.QueueSqlCommand($"delete from {table} where cases = 0");
        session.Store(new WorklistTalliesFolded { Before = day });
        await session.SaveChangesAsync(ct);
    }
}
