using Assistance.Domain.Cases;
using Assistance.Host.Tests.Support;
using Assistance.Host.Worklists;
using Assistance.Host.Worklists.Counts;
using Marten.Events;
using Marten;
using NodaTime;
using static Assistance.Host.Tests.Worklists.CaseHistories;

namespace Assistance.Host.Tests.Worklists;

/// <summary>
/// Folding the tallies of days well past: every count read on the fold's day or later sums as before, the past days' rows
/// become one per county, township and list, and cases that leave or join a folded day afterwards are still counted right.
/// </summary>
public class WorklistTallyFoldTests(WorklistFixture ledger) : IClassFixture<WorklistFixture>
{
    private const string County = "140428";

    [Fact]
    public async Task Counts_from_the_fold_on_stay_the_same_while_the_past_days_become_one_row_and_the_daily_job_folds()
    {
        ledger.Today(2026, 3, 31);
        var applications = new List<Guid>();
        for (var i = 0; i < 12; i++)
        {
            var on = new LocalDate(2026, 1, 5).PlusDays(6 * i);
            applications.Add(await ledger.Store.StartAsync(id => Applied(id, on, county: County, township: i % 2 == 0 ? "南城镇" : "北城镇",
                members: Person($"折{i}", "19700101", $"{700 + i}"))));
        }
        await ledger.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));
        var foldDay = new LocalDate(2026, 3, 1);
        var counts = await CountsFromAsync(foldDay);
        (await PastRowsAsync(foldDay)).ShouldBeGreaterThan(2);

        await WorklistTallyFold.FoldAsync(ledger.Store, foldDay, CancellationToken.None);

        (await CountsFromAsync(foldDay)).ShouldBe(counts);
        (await PastRowsAsync(foldDay)).ShouldBe(0);
        (await ScalarAsync($"select count(*)::int from {Table} where county_code = '{County}' and visible_from = 0 and due_on = 0")).ShouldBe(2);
        await WorklistTalliesAgreement.ShouldAgreeAsync(ledger);

        // The first application (a folded day) is rejected; a late entry joins on a folded day.
        await ledger.Store.AppendAsync(applications[0], Committed(new LocalDate(2026, 3, 31)),
            Assessed(new LocalDate(2026, 3, 31), 3000m), new ApplicationRejected(new YearMonth(2026, 4), "收入超标", "丙"));
        await ledger.Store.StartAsync(id => Applied(id, new LocalDate(2026, 2, 2), county: County, township: "南城镇", members: Person("折补", "19700101", "799")));
        await ledger.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));
        await WorklistTalliesAgreement.ShouldAgreeAsync(ledger);
        (await ScalarAsync($"select count(*)::int from {Table} where county_code = '{County}' and cases < 0")).ShouldBe(1);
        (await CountsFromAsync(foldDay)).ShouldBe(counts);

        // An earlier day does nothing; the next day's fold takes the row below zero in.
        await WorklistTallyFold.FoldAsync(ledger.Store, new LocalDate(2026, 2, 1), CancellationToken.None);
        (await ScalarAsync($"select count(*)::int from {Table} where county_code = '{County}' and cases < 0")).ShouldBe(1);
        await WorklistTallyFold.FoldAsync(ledger.Store, foldDay.PlusDays(1), CancellationToken.None);
        (await ScalarAsync($"select count(*)::int from {Table} where county_code = '{County}' and cases < 0")).ShouldBe(0);
        (await CountsFromAsync(foldDay.PlusDays(1))).ShouldBe(counts.Skip(1));
        await WorklistTalliesAgreement.ShouldAgreeAsync(ledger);

        // The daily job folds a week before its day, and not past the clock's today.
        ledger.Today(2026, 5, 20);
        await ledger.Host.RunDailyChecksAsync(new LocalDate(2026, 6, 30));
        await using var session = ledger.Store.QuerySession();
        (await session.LoadAsync<WorklistTalliesFolded>(WorklistTalliesFolded.TheId))!.Before.ShouldBe(20260513);
        (await PastRowsAsync(new LocalDate(2026, 5, 13))).ShouldBe(0);
        await WorklistTalliesAgreement.ShouldAgreeAsync(ledger);
    }

    private string Table => WorklistTallies.TableIn(ledger.Store.Options.DatabaseSchemaName).QualifiedName;

    private Task<int> ScalarAsync(string sql) => StoreTables.ScalarAsync<int>(ledger.ConnectionString, sql);

    private Task<int> PastRowsAsync(LocalDate before) => ScalarAsync(
        $"select count(*)::int from {Table} where county_code = '{County}' and visible_from > 0 and visible_from < {DayNumber.Of(before)}");

    /// <summary>
    /// Every list's total and overdue as the county's counts read them, on each of the sixty days from <paramref name="first"/>;
    /// a list page's own read of its tally gives the same.
    /// </summary>
    private async Task<List<string>> CountsFromAsync(LocalDate first)
    {
        await using var session = ledger.Store.QuerySession();
        var counts = new List<string>();
        for (var day = first; day < new LocalDate(2026, 3, 1).PlusDays(60); day = day.PlusDays(1))
        {
            var tallies = await WorklistTallyReader.TodayAsync(session, day, County, null, TestUsers.Caseworker, CancellationToken.None);
            foreach (var (list, tally) in tallies)
                (await WorklistTallyReader.OnListTodayAsync(session, day, list, County, null, TestUsers.Caseworker, CancellationToken.None)).ShouldBe(tally);
            counts.Add(string.Join(";", tallies.OrderBy(t => t.Key).Select(t => $"{t.Key}={t.Value.Total}/{t.Value.Overdue}")));
        }
        return counts;
    }
}
