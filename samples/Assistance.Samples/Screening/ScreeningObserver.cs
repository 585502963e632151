using Assistance.Domain.Cases;
using Assistance.Domain.Outreach;

namespace Assistance.Samples.Screening;

/// <summary>
/// Writes the article's screening from the cases as they are generated (<see cref="Observe"/> each, then <see cref="Screening"/>).
/// Per county: the 残联 roster lists every severely disabled (一级/二级) member of a case opened before the upload (covered, or
/// previously covered), the screening's applicants as suspected new, and people the ledger never saw to make up the article's
/// numbers; the 民政 roster of rural elderly people (the article gives no count) makes up the households visited. Everyone the
/// ledger did not cover is visited in October–November 2025, in exactly the county's share of the article's villages; the
/// suspected new who applied were visited the day they applied.
/// </summary>
public sealed class ScreeningObserver
{
    private readonly Lock _lock = new();
    private readonly HashSet<string> _issued = [];
    private readonly Dictionary<string, List<ScreeningListing>> _covered = [];
    private readonly Dictionary<string, List<(ScreeningListing Listing, ScreeningApplication Application)>> _applicants = [];

    public void Observe(SampleCase sample)
    {
        var opening = sample.Events[0].Data;
        var (members, township, village, opened) = opening switch
        {
            ApplicationReceived a => (a.Members, a.Township ?? "", a.Village ?? "", a.AppliedOn),
            RosterCaseImported r => (r.Members, r.Township ?? "", r.Village ?? "", LocalDate.FromDateTime(sample.Events[0].RecordedAt.UtcDateTime)),
            _ => throw new InvalidOperationException($"a sample case opens with {opening.GetType().Name}"),
        };
        lock (_lock)
        {
            foreach (var m in members) _issued.Add(m.IdNumber);
            if (sample.Path == HouseholdPath.OutreachDisability && opening is ApplicationReceived applied)
            {
                var single = members.Single(m => m.IdNumber == applied.SinglePersonIdNumber);
                var enrolled = sample.Events.FirstOrDefault(e => e.Data is EnrolmentApproved);
                var application = new ScreeningApplication(single.IdNumber, sample.Id, applied.AppliedOn,
                    enrolled is null ? null : LocalDate.FromDateTime(enrolled.RecordedAt.UtcDateTime));
                List(_applicants, sample.CountyCode).Add((Listed(single, sample.CountyCode, township, village, SampleScreening.SuspectedNew), application));
            }
            else if (opened < ContinuationFigures.RostersUploadedOn)
            {
                foreach (var m in members.Where(m => m.Disability is Disability.Grade1 or Disability.Grade2))
                    List(_covered, sample.CountyCode).Add(Listed(m, sample.CountyCode, township, village, SampleScreening.DisabilityFederation));
            }
        }
    }

    public SampleScreening Screening(SamplePlan plan)
    {
        var people = new People(_issued);
        var severe = new List<ScreeningListing>();
        var elderly = new List<ScreeningListing>();
        var visits = new List<ScreeningVisit>();
        var applications = new List<ScreeningApplication>();
        var days = Period.DaysBetween(ContinuationFigures.VisitsFrom, ContinuationFigures.VisitsTo) + 1;
        for (var c = 0; c < plan.Counties.Count; c++)
        {
            var county = plan.Counties[c].Figures.CountyCode;
            var share = plan.Counties[c].Screening ?? throw new InvalidOperationException("the plan does not continue past 2025");
            var random = new Random(unchecked(plan.Options.Seed * 17 + c));
            var covered = _covered.GetValueOrDefault(county, []).Take(share.SevereDisability - share.SuspectedNew).ToList();
            var applicants = _applicants.GetValueOrDefault(county, []);
            var village = 0;
            ScreeningListing Fresh(string category, string source, bool old)
            {
                var person = people.Household(random, county, 1, ContinuationFigures.RostersUploadedOn, elderly: old)[0];
                var (township, name) = ScreeningVillages.Of(county, village++ % Math.Max(1, share.Villages));
                return new ScreeningListing(person.Name, person.IdNumber, county, township, name, category, source);
            }
            void Visit(ScreeningListing l, (int Percent, VisitOutcome Outcome)[] outcomes)
            {
                var draw = random.Next(100);
                var outcome = outcomes.First(o => (draw -= o.Percent) < 0).Outcome;
                visits.Add(new ScreeningVisit(l.IdNumber, ContinuationFigures.VisitsFrom.PlusDays(random.Next(days)), outcome, null, $"{l.Township}摸排组"));
            }

            severe.AddRange(covered);
            foreach (var (listing, application) in applicants)
            {
                severe.Add(listing);
                visits.Add(new ScreeningVisit(listing.IdNumber, application.AppliedOn, VisitOutcome.Applied, application.CaseId, $"{listing.Township}摸排组"));
                applications.Add(application);
            }
            for (var i = applicants.Count; i < share.SuspectedNew; i++)
            {
                var listing = Fresh("重残", SampleScreening.SuspectedNew, old: false);
                severe.Add(listing);
                Visit(listing, [(60, VisitOutcome.NotEligible), (25, VisitOutcome.Declined), (15, VisitOutcome.NotFound)]);
            }
            for (var i = covered.Count; i < share.SevereDisability - share.SuspectedNew; i++)
            {
                var listing = Fresh("重残", SampleScreening.DisabilityFederation, old: false);
                severe.Add(listing);
                Visit(listing, [(55, VisitOutcome.NotEligible), (30, VisitOutcome.Declined), (15, VisitOutcome.NotFound)]);
            }
            for (var i = share.SevereDisability - covered.Count; i < share.Visited; i++)
            {
                var listing = Fresh("农村老年人", SampleScreening.CivilAffairs, old: true);
                elderly.Add(listing);
                Visit(listing, [(75, VisitOutcome.NotEligible), (20, VisitOutcome.Declined), (5, VisitOutcome.NotFound)]);
            }
        }
        return new SampleScreening([new ScreeningRoster("残联重度残疾人名册.csv", severe), new ScreeningRoster("民政农村老年人名册.csv", elderly)],
            visits, applications);
    }

    private static ScreeningListing Listed(Member m, string county, string township, string village, string source) =>
        new(m.Name, m.IdNumber, county, township, village, "重残", source);

    private static List<T> List<T>(Dictionary<string, List<T>> lists, string county) =>
        lists.TryGetValue(county, out var list) ? list : lists[county] = [];
}
