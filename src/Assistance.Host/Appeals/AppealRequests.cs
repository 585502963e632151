namespace Assistance.Host.Appeals;

/// <summary>An appeal received: its kind, the version of the decision appealed, when it was lodged and on what grounds.</summary>
public sealed record AppealRequest(string? Kind, long? AgainstVersion, string? LodgedOn, string? Grounds, string? Appellant, string? RecordedBy, long? ExpectedVersion);

/// <summary>An appeal's outcome; a changed amount decision names the new amount (and, optionally, from which month).</summary>
public sealed record AppealDecisionRequest(string? Outcome, string? DecidedOn, string? Reason, decimal? MonthlyAmount, string? EffectiveMonth, string? DecidedBy, long? ExpectedVersion);
