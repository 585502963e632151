using Assistance.Domain.Statistics;
using Assistance.Domain.Values;
using Assistance.Host.Statistics;
using Assistance.Host.Tests.Support;
using Marten;
using NodaTime;
using DomainProgram = Assistance.Domain.Values.Program;

namespace Assistance.Host.Tests.Statistics;

/// <summary>
/// Three years of random month documents (negative member changes, exits by reason, a county outside the registry): the reports,
/// which sum the months before the first one they show inside PostgreSQL, give every figure that summing every whole document
/// of the history gives.
/// </summary>
public class CountyFlowsReaderTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private static readonly string[] Counties = ["140403", "140404", "140431", "999999"];
    private static readonly CountyRegistry Registry = CountyRegistry.Default();

    [Fact]
    public async Task The_reports_equal_the_sums_over_every_whole_document()
    {
        var r = new Random(20251130);
        await using (var session = ledger.Store.LightweightSession())
        {
            foreach (var county in Counties)
                foreach (var program in new[] { DomainProgram.Dibao, DomainProgram.Tekun })
                    for (var month = new YearMonth(2023, 1); month <= new YearMonth(2025, 12); month = month.PlusMonths(1))
                        if (r.Next(6) > 0) session.Store(Document(r, county, program, month));
            await session.SaveChangesAsync();
        }

        await using var query = ledger.Store.QuerySession();
        var all = await query.Query<MonthlyFlowsDocument>().ToListAsync();
        foreach (var (program, month) in new[] { (DomainProgram.Dibao, new YearMonth(2025, 11)), (DomainProgram.Tekun, new YearMonth(2024, 1)),
                     (DomainProgram.Dibao, new YearMonth(2023, 1)), (DomainProgram.Dibao, new YearMonth(2026, 2)) })
        {
            IEnumerable<MonthlyFlowsDocument> Of(string county) => all.Where(d => d.Program == program && d.CountyCode == county);
            var rows = await StatisticsReports.MonthlyAsync(query, Registry, month, program, null, CancellationToken.None);
            foreach (var county in Counties.Where(c => Registry.Find(c) is not null))
                Describe(rows.Single(x => x.CountyCode == county)).ShouldBe(Expected(Of(county), month), $"{county} {month}");
            Describe(await StatisticsReports.CityMonthlyAsync(query, Registry, month, program, CancellationToken.None))
                .ShouldBe(Expected(Counties.Where(c => Registry.Find(c) is not null).SelectMany(Of), month), $"city {month}");
            (await StatisticsReports.MonthlyAsync(query, Registry, month, program, "140431", CancellationToken.None)).Select(Describe)
                .ShouldBe([Expected(Of("140431"), month)]);

            var baseline = month.PlusMonths(-11);
            var growth = await StatisticsReports.GrowthAsync(query, Registry, baseline, month, program, CancellationToken.None);
            foreach (var county in growth.Counties.Where(c => Counties.Contains(c.CountyCode)))
                (county.BaselinePersons, county.Persons, county.BaselineHouseholds, county.Households).ShouldBe(
                    (Closing(Of(county.CountyCode), baseline).Persons, Closing(Of(county.CountyCode), month).Persons,
                     Closing(Of(county.CountyCode), baseline).Households, Closing(Of(county.CountyCode), month).Households));

            var trend = await StatisticsReports.TrendAsync(query, Registry, month, 6, program, "140404", CancellationToken.None);
            trend.Points.Select(p => (p.Month, p.CountyPersons)).ShouldBe(Enumerable.Range(0, 6).Reverse()
                .Select(back => (MonthlyFlowsDocument.Format(month.PlusMonths(-back)), (int?)Closing(Of("140404"), month.PlusMonths(-back)).Persons)));
        }
    }

    /// <summary>Every figure of a row, from the sums over the documents up to the month, as the reports computed them before.</summary>
    private static string Expected(IEnumerable<MonthlyFlowsDocument> documents, YearMonth month)
    {
        var upTo = documents.Where(d => d.YearMonth <= month).ToList();
        var both = upTo.Select(d => (d.YearMonth, Both(d))).ToList();
        var now = MonthlyCaseload.For(both, month);
        return Describe(Figures.Of(now), Figures.Of(MonthlyCaseload.For(upTo.Select(d => (d.YearMonth, d.Urban)), month)),
            Figures.Of(MonthlyCaseload.For(upTo.Select(d => (d.YearMonth, d.Rural)), month)), Figures.Of(MonthlyCaseload.For(both, month.PlusMonths(-1))),
            now.Flows.TransferInPersons, now.Flows.TransferOutPersons, now.Flows.PersonChange,
            now.Flows.ExitsByReason.ToDictionary(e => e.Key.ToString(), e => e.Value));
    }

    private static string Describe(MonthlyRow row) => Describe(
        new Figures(row.OpeningPersons, row.OpeningHouseholds, row.NewPersons, row.NewHouseholds, row.ExitedPersons, row.ExitedHouseholds,
            row.ClosingPersons, row.ClosingHouseholds, row.NetGrowthPersons, row.NetGrowthHouseholds),
        row.Urban, row.Rural, row.Previous, row.TransferInPersons, row.TransferOutPersons, row.MemberChangePersons, row.ExitsByReason);

    private static string Describe(Figures all, Figures urban, Figures rural, Figures previous, int transferIn, int transferOut, int memberChange,
        IReadOnlyDictionary<string, HouseholdsPersons> exits) =>
        $"{all} urban {urban} rural {rural} previous {previous} in {transferIn} out {transferOut} Δ {memberChange} exits " +
        string.Join(",", exits.Where(e => e.Value.Households != 0 || e.Value.Persons != 0).OrderBy(e => e.Key)
            .Select(e => $"{e.Key}:{e.Value.Households}/{e.Value.Persons}"));

    private static (int Persons, int Households) Closing(IEnumerable<MonthlyFlowsDocument> documents, YearMonth month)
    {
        var figures = MonthlyCaseload.For(documents.Where(d => d.YearMonth <= month).Select(d => (d.YearMonth, Both(d))), month);
        return (figures.ClosingPersons, figures.ClosingHouseholds);
    }

    private static FlowCounts Both(MonthlyFlowsDocument d)
    {
        var both = new FlowCounts();
        both.Add(d.Urban);
        both.Add(d.Rural);
        return both;
    }

    private static MonthlyFlowsDocument Document(Random r, string county, DomainProgram program, YearMonth month)
    {
        var document = MonthlyFlowsDocument.New(county, program, month);
        document.Urban = Counts(r);
        document.Rural = Counts(r);
        return document;
    }

    private static FlowCounts Counts(Random r)
    {
        var counts = new FlowCounts
        {
            NewHouseholds = r.Next(0, 30), NewPersons = r.Next(0, 70), TransferInHouseholds = r.Next(0, 3), TransferInPersons = r.Next(0, 6),
            TransferOutHouseholds = r.Next(0, 3), TransferOutPersons = r.Next(0, 6), PersonChange = r.Next(-9, 10),
        };
        foreach (var reason in Enum.GetValues<ExitReason>().Where(_ => r.Next(3) == 0))
        {
            var exits = new HouseholdsPersons { Households = r.Next(1, 6), Persons = r.Next(1, 12) };
            counts.ExitsByReason[reason] = exits;
            counts.ExitedHouseholds += exits.Households;
            counts.ExitedPersons += exits.Persons;
        }
        return counts;
    }
}
