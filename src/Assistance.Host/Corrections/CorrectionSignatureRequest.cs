namespace Assistance.Host.Corrections;

/// <summary>复签 body: nothing but, optionally, the case version the second approver last saw.</summary>
public sealed record CorrectionSignatureRequest(long? ExpectedVersion);
