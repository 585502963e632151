using Assistance.Domain.Cases;
using Assistance.Domain.Entitlements;

namespace Assistance.Host.CaseFile;

/// <summary>案卷: everything an auditor needs of one case on paper.</summary>
public sealed record CaseFileModel(
    HouseholdCase Case,
    string CountyName,
    IReadOnlyList<CaseFileEntry> Entries,
    IReadOnlyList<EntitlementSegment> Segments,
    IReadOnlyList<CorrectionNote> Corrections,
    IReadOnlyList<CaseFileEntry> Appeals,
    bool Verified,
    string VerificationText,
    string? Digest,
    string PrintedAt);
