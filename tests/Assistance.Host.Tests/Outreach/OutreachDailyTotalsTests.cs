using Assistance.Domain.Outreach;
using Assistance.Host.Outreach;
using Assistance.Host.Storage;
using Assistance.Host.Tests.Statistics;
using Assistance.Host.Tests.Support;
using Marten;
using NodaTime;

namespace Assistance.Host.Tests.Outreach;

/// <summary>
/// The weekly progress sums the days kept by triggers (<see cref="OutreachDailyTotals"/>): it must answer what counting every
/// rostered person answers, for any weeks asked, through listings, visits, applications, enrolments, unlistings and deletions
/// written in several statements; and a store from before gets the table with its persons counted in.
/// </summary>
public class OutreachDailyTotalsTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private static readonly string[] Counties = ["140403", "140429", "140423"];
    private static readonly LocalDate Start = new(2026, 1, 5);

    [Fact]
    public async Task Every_county_and_week_counts_what_the_rostered_persons_say()
    {
        var random = new Random(20261129);
        var ids = Enumerable.Range(0, 80).Select(i => $"1404{i:D14}").ToList();
        await using (var session = ledger.Store.LightweightSession())
        {
            foreach (var id in ids) session.Insert(Person(id, random));
            await session.SaveChangesAsync();
        }
        await ProgressShouldMatchThePersonsAsync();

        for (var round = 0; round < 3; round++)
        {
            await using (var session = ledger.Store.LightweightSession())
            {
                foreach (var person in await session.LoadManyAsync<RosteredPerson>(ids.Where(_ => random.Next(3) == 0)))
                    if (random.Next(6) == 0) session.Delete(person);
                    else session.Store(Changed(person, random));
                await session.SaveChangesAsync();
            }
            await ProgressShouldMatchThePersonsAsync();
        }
    }

    [Fact]
    public async Task A_store_from_before_gets_the_table_with_its_persons_counted()
    {
        var random = new Random(7);
        await using (var session = ledger.Store.LightweightSession())
        {
            foreach (var i in Enumerable.Range(0, 10)) session.Insert(Person($"1404{i + 500:D14}", random));
            await session.SaveChangesAsync();
        }
        var answered = await ProgressAsync(Start, Start.PlusWeeks(8));
        answered.ShouldNotBeEmpty();

        var table = OutreachDailyTotals.TableIn(ledger.Store.Options.DatabaseSchemaName);
        await using (var session = ledger.Store.LightweightSession())
        {
            foreach (var drop in TableKeptByTriggers.DropStatements(table)) session.QueueSqlCommand(drop);
            await session.SaveChangesAsync();
        }
        await ledger.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        (await ProgressAsync(Start, Start.PlusWeeks(8))).ShouldBe(answered);
        await ledger.Store.Storage.Database.AssertDatabaseMatchesConfigurationAsync();
    }

    private static RosteredPerson Person(string id, Random random)
    {
        var person = new RosteredPerson();
        person.List(new RosterListing(1, "摸排对象", id, Counties[random.Next(Counties.Length)], "丰州镇", "东关村", RosterCategory.SevereDisability, "残联"),
            Guid.NewGuid(), Start.PlusDays(random.Next(-20, 40)));
        return Changed(person, random);
    }

    /// <summary>Visits on random days, an application or enrolment now and then, and sometimes the listing withdrawn.</summary>
    private static RosteredPerson Changed(RosteredPerson person, Random random)
    {
        for (var i = random.Next(3); i > 0; i--)
            person.Visit(new OutreachVisit(Guid.NewGuid(), Start.PlusDays(random.Next(-10, 60)), VisitOutcome.Declined, null, null, "测试", DateTimeOffset.UnixEpoch));
        if (random.Next(4) == 0) person.Applied(Guid.NewGuid(), Start.PlusDays(random.Next(0, 60)));
        if (random.Next(5) == 0) person.EnrolledOn = Start.PlusDays(random.Next(10, 70));
        if (random.Next(6) == 0) person.Unlist("残联");
        return person;
    }

    private async Task ProgressShouldMatchThePersonsAsync()
    {
        await using var query = ledger.Store.QuerySession();
        var persons = await query.Query<RosteredPerson>().ToListAsync();
        foreach (var (from, to) in new[] { (Start, Start.PlusDays(2)), (Start.PlusDays(10), Start.PlusWeeks(6)), (Start.PlusWeeks(-6), Start.PlusWeeks(12)) })
            (await ProgressAsync(from, to)).ShouldBe(Counted(persons, from, to), $"{from}..{to}");
    }

    /// <summary>What the weekly progress counted when it read every person: each one's listing, visits, application and enrolment.</summary>
    private static List<string> Counted(IReadOnlyList<RosteredPerson> persons, LocalDate from, LocalDate to)
    {
        var tracked = persons.Where(p => p.Listed || p.Visits.Count > 0).ToList();
        var rows = new List<string>();
        foreach (var county in Counties)
            for (var monday = WeeklyProgress.MondayOf(from); monday <= to; monday = monday.PlusWeeks(1))
            {
                var sunday = monday.PlusDays(6);
                bool In(LocalDate? d) => d is { } day && day >= monday && day <= sunday;
                var ofCounty = tracked.Where(p => p.CountyCode == county).ToList();
                rows.Add(string.Join(",", county, WeeklyProgress.IsoWeek(monday), ofCounty.Count(p => p.RosteredOn <= sunday),
                    ofCounty.Sum(p => p.Visits.Count(v => In(v.VisitedOn))), ofCounty.Count(p => p.Visits.Count > 0 && In(p.Visits.Min(v => v.VisitedOn))),
                    ofCounty.Count(p => In(p.AppliedOn)), ofCounty.Count(p => In(p.EnrolledOn)), ofCounty.Count(p => p.Visits.Any(v => v.VisitedOn <= sunday))));
            }
        return [.. rows.Order(StringComparer.Ordinal)];
    }

    private async Task<List<string>> ProgressAsync(LocalDate from, LocalDate to) =>
        (await ledger.Host.GetJsonAsync($"/api/outreach/progress?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}"))["rows"]!.AsArray()
        .Where(r => Counties.Contains(r!.Text("countyCode")))
        .Select(r => string.Join(",", r!.Text("countyCode"), r.Text("week"), r.Value<int>("rostered"), r.Value<int>("visited"), r.Value<int>("reached"),
            r.Value<int>("applied"), r.Value<int>("enrolled"), r.Value<int>("reachedSoFar")))
        .Order(StringComparer.Ordinal)
        .ToList();
}
