using Assistance.Domain.Outreach;

namespace Assistance.Samples.Screening;

/// <summary>The article's screening as the sample writes it: the rosters uploaded, the visits made, the applications that followed.</summary>
public sealed record SampleScreening(IReadOnlyList<ScreeningRoster> Rosters, IReadOnlyList<ScreeningVisit> Visits,
    IReadOnlyList<ScreeningApplication> Applications)
{
    public const string DisabilityFederation = "残联";
    public const string SuspectedNew = "残联（疑似新办证）";
    public const string CivilAffairs = "民政";

    public IEnumerable<ScreeningListing> Listings => Rosters.SelectMany(r => r.Listings);

    public int SevereDisability => Listings.Count(l => l.Source is DisabilityFederation or SuspectedNew);

    public int SuspectedNewPersons => Listings.Count(l => l.Source == SuspectedNew);

    public int Visited => Visits.Select(v => v.IdNumber).Distinct().Count();

    public int Applied => Applications.Count;

    public int Enrolled => Applications.Count(a => a.EnrolledOn is not null);

    /// <summary>Distinct (county, township, village) of the visited persons.</summary>
    public int VillagesVisited
    {
        get
        {
            var visited = Visits.Select(v => v.IdNumber).ToHashSet();
            return Listings.Where(l => visited.Contains(l.IdNumber)).Select(l => (l.CountyCode, l.Township, l.Village)).Distinct().Count();
        }
    }

    public int VisitsWith(VisitOutcome outcome) => Visits.Count(v => v.Outcome == outcome);
}
