using Assistance.Domain.Outreach;
using Assistance.Domain.Values;
using JasperFx.Metadata;
using NodaTime;

namespace Assistance.Host.Outreach;

/// <summary>
/// A person another department lists (摸排对象), keyed by ID number: the listings of every source, how the ledger covers
/// the person, the visits made, and the application and enrolment that followed. Visits outlive the listings: a newer
/// roster of a source that no longer lists the person removes only that listing. Visits, uploads and case changes all
/// rewrite the whole document, so each write is checked against the <see cref="Version"/> it read (optimistic concurrency):
/// the later of two racing writers is refused instead of silently dropping the other's change.
/// </summary>
public sealed class RosteredPerson : IVersioned
{
    /// <summary>The ID number.</summary>
    public string Id { get; set; } = "";

    /// <summary>What pages and URLs use instead of the ID number, which answers show masked.</summary>
    public Guid Key { get; set; }

    public string Name { get; set; } = "";
    public string CountyCode { get; set; } = "";
    public string? Township { get; set; }
    public string? Village { get; set; }
    public List<PersonListing> Listings { get; set; } = [];
    public List<string> Sources { get; set; } = [];
    public bool Listed { get; set; }
    public bool MayQualifyAlone { get; set; }
    public LocalDate RosteredOn { get; set; }
    public CoverageStatus CoverageStatus { get; set; }
    public PersonCoverage Coverage { get; set; } = PersonCoverage.None;
    public List<OutreachVisit> Visits { get; set; } = [];
    public Guid? AppliedCaseId { get; set; }
    public LocalDate? AppliedOn { get; set; }
    public LocalDate? EnrolledOn { get; set; }

    /// <summary>The stored version this copy was read at (Marten's <c>mt_version</c>); empty for a person not stored yet.</summary>
    public Guid Version { get; set; }

    public static Guid KeyOf(string idNumber) => NameBasedGuid.Create("outreach-person:" + idNumber);

    public OutreachVisit? LastVisit => Visits.OrderBy(v => v.VisitedOn).ThenBy(v => v.RecordedAt).LastOrDefault();

    /// <summary>Adds or replaces the listing of <paramref name="listing"/>'s source; the latest roster names where the person lives.</summary>
    public void List(RosterListing listing, Guid rosterId, LocalDate on)
    {
        Id = listing.IdNumber;
        Key = KeyOf(listing.IdNumber);
        Name = listing.Name;
        CountyCode = listing.CountyCode;
        Township = listing.Township;
        Village = listing.Village;
        var earlier = Listings.FirstOrDefault(l => l.Source == listing.Source);
        Listings.RemoveAll(l => l.Source == listing.Source);
        Listings.Add(new PersonListing(listing.Source, listing.Category, rosterId, earlier?.RosteredOn ?? on));
        Changed();
    }

    public void Unlist(string source)
    {
        Listings.RemoveAll(l => l.Source == source);
        Changed();
    }

    public void Cover(PersonCoverage coverage)
    {
        Coverage = coverage;
        CoverageStatus = coverage.Status;
    }

    /// <summary>
    /// An application for the person: the latest visit without a case gets it, and the person counts as applied from the
    /// earlier of that visit and the application.
    /// </summary>
    public void Applied(Guid caseId, LocalDate appliedOn)
    {
        if (AppliedCaseId == caseId) return;
        if (Visits.Where(v => v.CaseId is null).OrderBy(v => v.VisitedOn).ThenBy(v => v.RecordedAt).LastOrDefault() is { } visit)
            Visits[Visits.IndexOf(visit)] = visit with { CaseId = caseId };
        AppliedCaseId ??= caseId;
        AppliedOn = AppliedOn is { } earlier && earlier < appliedOn ? earlier : appliedOn;
    }

    public void Visit(OutreachVisit visit)
    {
        Visits.Add(visit);
        if (visit.Outcome == VisitOutcome.Applied)
        {
            AppliedCaseId ??= visit.CaseId;
            AppliedOn = AppliedOn is { } earlier && earlier < visit.VisitedOn ? earlier : visit.VisitedOn;
        }
    }

    private void Changed()
    {
        Sources = [.. Listings.Select(l => l.Source).Order(StringComparer.Ordinal)];
        Listed = Listings.Count > 0;
        MayQualifyAlone = Listings.Any(l => l.Category is RosterCategory.SevereDisability or RosterCategory.SeriousIllness);
        if (Listed) RosteredOn = Listings.Min(l => l.RosteredOn);
    }
}
