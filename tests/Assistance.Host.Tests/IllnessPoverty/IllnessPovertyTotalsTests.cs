using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Host.IllnessPoverty;
using Assistance.Host.Storage;
using Assistance.Host.Tests.Statistics;
using Assistance.Host.Tests.Support;
using Marten;
using NodaTime;
using DomainProgram = Assistance.Domain.Values.Program;

namespace Assistance.Host.Tests.IllnessPoverty;

/// <summary>
/// The 因病致贫 statistics are sums of the changes kept by triggers (<see cref="IllnessPovertyTotals"/>): they must count what the
/// cases say, month by month, through recognitions, earlier recognitions, exits before and after them and member changes,
/// written in several statements; and a store from before gets the table with its cases counted in.
/// </summary>
public class IllnessPovertyTotalsTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private static readonly string[] Counties = ["140403", "140429", "140423"];
    private static readonly YearMonth First = new(2024, 11), Last = new(2026, 2), May = new(2025, 5);

    [Fact]
    public async Task Every_county_and_month_counts_the_recognised_cases_as_they_stand()
    {
        var random = new Random(20251129);
        var ids = Enumerable.Range(0, 60).Select(_ => Guid.NewGuid()).ToList();
        await using (var session = ledger.Store.LightweightSession())
        {
            foreach (var id in ids) session.Events.StartStream<HouseholdCase>(id, Applied(id, Counties[random.Next(Counties.Length)], random.Next(1, 5)));
            // Exited in the month recognised from, exited before it, recognised again from an earlier month.
            foreach (var later in new object[][]
                     {
                         [Recognised(May), new CaseExited(ExitReason.IncomeAboveStandard, May, "测试", null)],
                         [Recognised(May), new CaseExited(ExitReason.IncomeAboveStandard, May.PlusMonths(-2), "测试", null)],
                         [Recognised(May), Recognised(May.PlusMonths(-3))],
                     })
            {
                var id = Guid.NewGuid();
                session.Events.StartStream<HouseholdCase>(id, [Applied(id, Counties[1], 2), .. later]);
            }
            await session.SaveChangesAsync();
        }
        await CountsShouldMatchTheCasesAsync();

        // Three rounds of later events, each its own statement of updates, so the triggers take back what each case counted.
        for (var round = 0; round < 3; round++)
        {
            await using var session = ledger.Store.LightweightSession();
            foreach (var id in ids.Where(_ => random.Next(3) > 0))
                session.Events.Append(id, LaterEvent(id, random));
            await session.SaveChangesAsync();
            await CountsShouldMatchTheCasesAsync();
        }
    }

    [Fact]
    public async Task A_store_from_before_gets_the_table_with_its_recognised_cases_counted_and_the_index_it_read_before_dropped()
    {
        var id = Guid.NewGuid();
        await using (var session = ledger.Store.LightweightSession())
        {
            session.Events.StartStream<HouseholdCase>(id, Applied(id, Counties[0], 3),
                new IllnessPovertyRecognised(null, new LocalDate(2025, 3, 3), new YearMonth(2025, 3), "透析票据", "测试"));
            await session.SaveChangesAsync();
        }
        var counted = await CountsAsync(new YearMonth(2025, 3));
        counted[Counties[0]].Households.ShouldBeGreaterThanOrEqualTo(1);

        var schema = ledger.Store.Options.DatabaseSchemaName;
        var table = IllnessPovertyTotals.TableIn(schema);
        var cases = ledger.Store.Options.Schema.For<HouseholdCase>(true);
        await using (var session = ledger.Store.LightweightSession())
        {
            foreach (var drop in TableKeptByTriggers.DropStatements(table)) session.QueueSqlCommand(drop);
            // What the version before read the recognised cases through.
            session.QueueSqlCommand($"create index mt_doc_householdcase_idx_illness_poverty on {cases} ((data ->> 'countyCode')) where (data ->> 'illnessPovertyFrom') is not null");
            session.QueueSqlCommand($"create statistics {schema}.mt_doc_householdcase_stat_illness_poverty on ((data ->> 'illnessPovertyFrom')) from {cases}");
            await session.SaveChangesAsync();
        }

        await ledger.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        (await CountsAsync(new YearMonth(2025, 3))).ShouldBe(counted);
        await ledger.Store.Storage.Database.AssertDatabaseMatchesConfigurationAsync();
        await using var query = ledger.Store.QuerySession();
        (await query.AdvancedSql.QueryAsync<bool>($"""
            select to_regclass('{schema}.mt_doc_householdcase_idx_illness_poverty') is null
               and not exists (select 1 from pg_statistic_ext where stxname = 'mt_doc_householdcase_stat_illness_poverty')
            """, CancellationToken.None)).ShouldBe([true]);
    }

    private static ApplicationReceived Applied(Guid id, string county, int members) =>
        new(id, county, null, null, Residence.Rural, DomainProgram.Dibao, Channel.Window, new LocalDate(2024, 10, 8),
            [.. Enumerable.Range(0, members).Select(i => new Member($"成员{i}", $"{id:N}-{i}", i == 0 ? Relation.Self : Relation.Child))], null, "测试", null);

    private static IllnessPovertyRecognised Recognised(YearMonth month) => new(null, new LocalDate(month.Year, month.Month, 1), month, "医院票据", "测试");

    private static object LaterEvent(Guid id, Random random)
    {
        var month = First.PlusMonths(random.Next(16));
        return random.Next(5) switch
        {
            0 or 1 => Recognised(month),
            2 => new CaseExited(ExitReason.IncomeAboveStandard, month, "测试", null),
            3 => new HouseholdMembersChanged(MemberChangeKind.Birth, new Member("新生儿", $"{id:N}-b{random.Next(1000)}", Relation.Child),
                new LocalDate(month.Year, month.Month, 2), month, "测试"),
            _ => new HouseholdMembersChanged(MemberChangeKind.MovedOut, new Member("成员1", $"{id:N}-1", Relation.Child),
                new LocalDate(month.Year, month.Month, 2), month, "测试"),
        };
    }

    /// <summary>What the statistics answer for every county in every month, against a count over the cases as they stand.</summary>
    private async Task CountsShouldMatchTheCasesAsync()
    {
        await using var query = ledger.Store.QuerySession();
        var cases = await query.Query<HouseholdCase>().Where(c => c.IllnessPovertyFrom != null).ToListAsync();
        for (var month = First; month <= Last; month = month.PlusMonths(1))
        {
            var expected = Counties.ToDictionary(c => c, c =>
            {
                var counted = cases.Where(x => x.CountyCode == c && x.IllnessPovertyFrom <= month && (x.ExitMonth is null || x.ExitMonth > month)).ToList();
                return (counted.Count, counted.Sum(x => x.Members.Count), counted.Count(x => x.IllnessPovertyFrom == month));
            });
            var answered = await CountsAsync(month);
            foreach (var county in Counties) answered[county].ShouldBe(expected[county], $"{county} {month}");
        }
    }

    private async Task<Dictionary<string, (int Households, int Persons, int New)>> CountsAsync(YearMonth month) =>
        (await ledger.Host.GetJsonAsync($"/api/statistics/illness-poverty?month={month:yyyy-MM}")).AsArray()
        .ToDictionary(r => r!.Text("countyCode"), r => (r!.Value<int>("households"), r.Value<int>("persons"), r.Value<int>("newHouseholds")));
}
