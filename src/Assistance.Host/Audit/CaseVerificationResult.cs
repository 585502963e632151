using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Assistance.Host.Audit;

/// <summary>The answer of <c>GET /api/households/{id}/verify</c>.</summary>
public sealed record CaseVerificationResult(Guid Id, bool Valid, long Events, long? FirstBrokenVersion, string? Reason, string? Detail, string? Head);
