using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Outreach;

/// <summary>The body of a visit (走访); the visitor is the signed-in user.</summary>
public sealed record VisitRequest(string? VisitedOn, string? Outcome, Guid? CaseId, string? Notes);
