namespace Assistance.Host.Appeals;

/// <summary>An appeal received: its kind, the version of the decision appealed, when it was lodged and on what grounds.</summary>
public sealed record AppealRequest(string? Kind, long? AgainstVersion, string? LodgedOn, string? Grounds, string? Appellant, string? RecordedBy, long? ExpectedVersion);
