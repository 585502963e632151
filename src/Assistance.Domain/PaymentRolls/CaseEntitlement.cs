using Assistance.Domain.Entitlements;

namespace Assistance.Domain.PaymentRolls;

/// <summary>
/// What a roll needs to know of a case: who is paid, its entitlement timeline as it stands now, and what the county's issued rolls
/// paid it, regular and 补发/追回 lines together, as runs in month order (a month in no run was not paid).
/// </summary>
public sealed record CaseEntitlement(Guid CaseId, string HeadName, string HeadIdNumber, IReadOnlyList<EntitlementSegment> Segments,
    IReadOnlyList<Cases.CorrectionNote>? Corrections = null, IReadOnlyList<PaidRun>? Paid = null);
