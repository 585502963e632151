using Assistance.Domain.Entitlements;

namespace Assistance.Domain.PaymentRolls;

/// <summary>What a roll needs to know of a case: who is paid and its entitlement timeline as it stands now.</summary>
public sealed record CaseEntitlement(Guid CaseId, string HeadName, string HeadIdNumber, IReadOnlyList<EntitlementSegment> Segments,
    IReadOnlyList<Cases.CorrectionNote>? Corrections = null);
