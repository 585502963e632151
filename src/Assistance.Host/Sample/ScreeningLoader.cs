using System.Text;
using Assistance.Host.Access;
using Assistance.Host.Outreach;
using Assistance.Host.Storage;
using Assistance.Samples;
using Assistance.Samples.Screening;
using Assistance.Domain.Outreach;
using Assistance.Domain.Values;
using Marten;
using NodaTime;

namespace Assistance.Host.Sample;

/// <summary>
/// The sample's screening through the outreach feature: each department roster uploaded as the city office would upload
/// it (<see cref="OutreachRosterUpload"/>, matched against every case then in the ledger), then the visits recorded on the
/// rostered persons, and the applications and enrolments that followed as <see cref="OutreachCaseListener"/> records them.
/// </summary>
public sealed class ScreeningLoader(IDocumentStore store)
{
    /// <summary>The city office (市民政局) that uploads the rosters: an administrator of every county.</summary>
    public static readonly LedgerUser CityOffice = new("sample-city", "市民政局", new HashSet<string> { LedgerRoles.Administrator },
        new HashSet<string> { LedgerClaims.EveryCounty }, null);

    /// <summary>Uploads every roster on the day the sample lists them.</summary>
    public async Task UploadRostersAsync(SampleScreening screening, CancellationToken ct)
    {
        foreach (var roster in screening.Rosters)
        {
            await using var session = store.LightweightSession();
            var uploaded = await OutreachRosterUpload.UploadAsync(session, CountyRegistry.Default(), Csv(roster.Listings), roster.File, CityOffice,
                ContinuationFigures.RostersUploadedOn, At(ContinuationFigures.RostersUploadedOn), ct);
            if (uploaded.Errors.Count > 0)
                throw new InvalidOperationException($"样例名册「{roster.File}」有错误行：{string.Join("；", uploaded.Errors.Take(3).Select(e => $"第{e.Row}行 {e.Reason}"))}");
        }
    }

    /// <summary>Records the visits and the applications that followed.</summary>
    public async Task RecordVisitsAsync(SampleScreening screening, CancellationToken ct)
    {
        var visits = screening.Visits.ToLookup(v => v.IdNumber);
        var applications = screening.Applications.ToDictionary(a => a.IdNumber);
        Dictionary<string, PersonCoverage> coverage;
        await using (var query = store.QuerySession())
            coverage = await CaseCoverageLookup.CoverageAsync(query, applications.Keys, ct);
        foreach (var chunk in visits.Select(v => v.Key).Concat(applications.Keys).Distinct().Chunk(5_000))
        {
            await using var session = store.LightweightSession();
            var persons = await session.LoadManyAsync<RosteredPerson>(ct, chunk);
            foreach (var person in persons)
            {
                foreach (var v in visits[person.Id])
                    person.Visit(new OutreachVisit(NameBasedGuid.Create($"sample-visit:{v.IdNumber}:{v.VisitedOn:yyyy-MM-dd}"), v.VisitedOn, v.Outcome,
                        v.CaseId, null, v.Visitor, At(v.VisitedOn)));
                if (applications.TryGetValue(person.Id, out var application))
                {
                    person.Applied(application.CaseId, application.AppliedOn);
                    person.EnrolledOn = application.EnrolledOn;
                    person.Cover(coverage[person.Id]);
                }
            }
            // One statement for the chunk, as the roster upload writes its persons; nothing else writes them meanwhile.
            SetBasedWrites.Upsert(session, persons, p => p.Id);
            await session.SaveChangesAsync(ct);
        }
    }

    private static byte[] Csv(IEnumerable<ScreeningListing> listings)
    {
        var text = new StringBuilder().AppendLine("姓名,身份证号,县区代码,乡镇,村,类别,来源部门");
        foreach (var l in listings) text.AppendLine(string.Join(",", l.Name, l.IdNumber, l.CountyCode, l.Township, l.Village, l.Category, l.Source));
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>10:00 China Standard Time on <paramref name="day"/>, as the sample records every step.</summary>
    private static DateTimeOffset At(LocalDate day) => new(day.Year, day.Month, day.Day, 2, 0, 0, TimeSpan.Zero);
}
