using Assistance.Domain.Entitlements;
using Assistance.Domain.Import;

namespace Assistance.Domain.Cases;

public sealed partial class HouseholdCase
{
    /// <summary>户编号 in the county's roster, for cases that came in by import.</summary>
    public string? HouseholdNumber { get; set; }

    /// <summary>The roster file the case was imported from (存量迁移), null for cases that applied in the ledger.</summary>
    public string? ImportedFrom { get; set; }

    /// <summary>The digest of the roster content the case was imported from, to recognise a re-run of the same file.</summary>
    public string? ImportedContentHash { get; set; }

    /// <summary>A migrated case starts enrolled, with its entitlement running from the original enrolment month.</summary>
    public static HouseholdCase Create(RosterCaseImported e) => new()
    {
        Id = e.CaseId,
        CountyCode = e.CountyCode,
        HouseholdNumber = e.HouseholdNumber,
        ImportedFrom = e.SourceFile,
        ImportedContentHash = e.ContentHash,
        Township = e.Township,
        Village = e.Village,
        Residence = e.Residence,
        Program = e.Program,
        Channel = Channel.Window,
        // The roster does not say when the household applied; its first month of entitlement is the earliest date known.
        AppliedOn = e.EnrolledSince.OnDayOfMonth(1),
        Members = [.. e.Members],
        SinglePersonIdNumber = e.EnrolledIdNumbers.Count == 1 && e.Members.Count > 1 ? e.EnrolledIdNumbers[0] : null,
        EnrolledIdNumbers = [.. e.EnrolledIdNumbers],
        Status = CaseStatus.Enrolled,
        EffectiveMonth = e.EnrolledSince,
        MonthlyAmount = e.MonthlyAmount,
        Segments = [new EntitlementSegment(e.Program, e.EnrolledSince, null, e.EnrolledIdNumbers.Count, e.MonthlyAmount)],
    };
}
