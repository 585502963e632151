namespace Assistance.Host.Audit;

/// <summary>
/// The answer of <c>GET /api/households/{id}/verify</c>; <see cref="SealedOn"/> and <see cref="Note"/> when the case's first
/// <see cref="SealedAtRestVersions"/> events were stored before the chain existed and sealed later.
/// </summary>
public sealed record CaseVerificationResult(Guid Id, bool Valid, long Events, long? FirstBrokenVersion, string? Reason, string? Detail, string? Head,
    string? SealedOn, long SealedAtRestVersions, string? Note);
