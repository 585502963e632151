using Assistance.Domain.Statistics;
using Assistance.Domain.Values;
using Marten;
using NodaTime;
using DomainProgram = Assistance.Domain.Values.Program;

namespace Assistance.Host.Statistics;

/// <summary>Builds the statistics answers from the month documents: every registered county appears, with zeros when it has no cases.</summary>
public static class StatisticsReports
{
    public const string CityTotalName = "全市合计";

    public static async Task<IReadOnlyList<MonthlyRow>> MonthlyAsync(
        IQuerySession session, CountyRegistry counties, YearMonth month, DomainProgram program, string? countyCode, CancellationToken ct)
    {
        var documents = await CountyFlowsReader.UpToAsync(session, program, month.PlusMonths(-1), month, countyCode, ct);
        var chosen = countyCode is null ? counties.All : [counties.Find(countyCode)!];
        return chosen.Select(c => Row(c.Code, c.Name, documents.Where(d => d.CountyCode == c.Code).ToList(), month, program)).ToList();
    }

    /// <summary>The city's row (全市合计), summed from the same documents as the county rows.</summary>
    public static async Task<MonthlyRow> CityMonthlyAsync(IQuerySession session, CountyRegistry counties, YearMonth month, DomainProgram program, CancellationToken ct)
    {
        var known = counties.All.Select(c => c.Code).ToHashSet();
        var documents = (await CountyFlowsReader.UpToAsync(session, program, month.PlusMonths(-1), month, null, ct))
            .Where(d => known.Contains(d.CountyCode)).ToList();
        return Row("", CityTotalName, documents, month, program);
    }

    public static async Task<GrowthReport> GrowthAsync(
        IQuerySession session, CountyRegistry counties, YearMonth baseline, YearMonth month, DomainProgram program, CancellationToken ct)
    {
        var documents = await CountyFlowsReader.UpToAsync(session, program, baseline < month ? baseline : month, month, null, ct);
        var rows = counties.All.Select(c =>
        {
            var flows = Combined(documents.Where(d => d.CountyCode == c.Code));
            var before = MonthlyCaseload.For(flows, baseline);
            var now = MonthlyCaseload.For(flows, month);
            return new GrowthCounty(c.Code, c.Name, before.ClosingPersons, now.ClosingPersons, now.ClosingPersons - before.ClosingPersons,
                Rates.Change(before.ClosingPersons, now.ClosingPersons), before.ClosingHouseholds, now.ClosingHouseholds);
        }).ToList();
        int baselinePersons = rows.Sum(r => r.BaselinePersons), persons = rows.Sum(r => r.Persons);
        var total = new GrowthTotal(baselinePersons, persons, persons - baselinePersons, Rates.Change(baselinePersons, persons),
            rows.Sum(r => r.BaselineHouseholds), rows.Sum(r => r.Households));
        return new GrowthReport(MonthlyFlowsDocument.Format(baseline), MonthlyFlowsDocument.Format(month), program, rows, total,
            rows.All(r => r.NetGrowth > 0));
    }

    /// <summary>期末 persons and 净增 month by month for the city and, when one is chosen, a county: the dashboard's trend line.</summary>
    public static async Task<TrendReport> TrendAsync(
        IQuerySession session, CountyRegistry counties, YearMonth month, int months, DomainProgram program, string? countyCode, CancellationToken ct)
    {
        var known = counties.All.Select(c => c.Code).ToHashSet();
        var documents = (await CountyFlowsReader.UpToAsync(session, program, month.PlusMonths(1 - months), month, null, ct))
            .Where(d => known.Contains(d.CountyCode)).ToList();
        var city = Combined(documents);
        var county = countyCode is null ? null : Combined(documents.Where(d => d.CountyCode == countyCode));
        var points = Enumerable.Range(0, months).Reverse().Select(back =>
        {
            var m = month.PlusMonths(-back);
            var c = MonthlyCaseload.For(city, m);
            var k = county is null ? null : MonthlyCaseload.For(county, m);
            return new TrendPoint(MonthlyFlowsDocument.Format(m), c.ClosingPersons, c.NetGrowthPersons, k?.ClosingPersons, k?.NetGrowthPersons);
        }).ToList();
        return new TrendReport(program, countyCode, countyCode is null ? null : counties.NameOf(countyCode), points);
    }

    private static MonthlyRow Row(string code, string name, IReadOnlyList<CountyFlows> documents, YearMonth month, DomainProgram program)
    {
        var all = Combined(documents);
        var now = MonthlyCaseload.For(all, month);
        var previousMonth = month.PlusMonths(-1);
        var previous = Figures.Of(MonthlyCaseload.For(all, previousMonth));
        var urban = MonthlyCaseload.For(documents.Select(d => (d.YearMonth, d.Urban)), month);
        var rural = MonthlyCaseload.For(documents.Select(d => (d.YearMonth, d.Rural)), month);
        var figures = Figures.Of(now);
        var flows = now.Flows;
        var exits = Enum.GetValues<ExitReason>().ToDictionary(r => r.ToString(),
            r => flows.ExitsByReason.GetValueOrDefault(r) ?? new HouseholdsPersons());
        return new MonthlyRow(code, name, MonthlyFlowsDocument.Format(month), program,
            figures.OpeningPersons, figures.OpeningHouseholds, figures.NewPersons, figures.NewHouseholds,
            figures.ExitedPersons, figures.ExitedHouseholds, figures.ClosingPersons, figures.ClosingHouseholds,
            figures.NetGrowthPersons, figures.NetGrowthHouseholds,
            flows.TransferInPersons, flows.TransferInHouseholds, flows.TransferOutPersons, flows.TransferOutHouseholds, flows.PersonChange,
            Figures.Of(urban), Figures.Of(rural), exits,
            MonthlyFlowsDocument.Format(previousMonth), previous, MonthOnMonth.Of(figures, previous));
    }

    private static List<(YearMonth, FlowCounts)> Combined(IEnumerable<CountyFlows> documents) => documents
        .Select(d =>
        {
            var both = new FlowCounts();
            both.Add(d.Urban);
            both.Add(d.Rural);
            return (d.YearMonth, both);
        })
        .ToList();
}
