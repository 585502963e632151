using Microsoft.AspNetCore.Authorization;
using System.Security.Claims;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Worklists.DataComparison;

/// <summary>核查结果 body: Confirmed (属实) or Dismissed (不属实, with a reason).</summary>
public sealed record VerificationRequest(string? Outcome, string? Reason, string? VerifiedOn, string? VerifiedBy, long? ExpectedVersion);
