using Assistance.Domain.Cases;
using Assistance.Domain.Entitlements;

namespace Assistance.Host.CaseFile;

/// <summary>One recorded step of the case in the file: who did what, when, from when it takes effect, why, and its seal.</summary>
public sealed record CaseFileEntry(long Version, string Label, string RecordedAt, string Actor, string EffectiveOn, string Details, string? Seal, long? CorrectedBy);

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
