using Assistance.Domain.Cases;

namespace Assistance.Domain.Worklists;

/// <summary>核查结果: a caseworker's finding on a data-comparison warning.</summary>
public sealed record VerifyWarning(Guid WarningId, VerificationOutcome Outcome, string? Reason, LocalDate VerifiedOn, string VerifiedBy);
