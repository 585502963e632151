namespace Assistance.Host.Appeals;

/// <summary>An appeal's outcome; a changed amount decision names the new amount (and, optionally, from which month).</summary>
public sealed record AppealDecisionRequest(string? Outcome, string? DecidedOn, string? Reason, decimal? MonthlyAmount, string? EffectiveMonth, string? DecidedBy, long? ExpectedVersion);
