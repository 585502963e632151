using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Assistance.Host.Cases;

/// <summary>退出 body of the contract.</summary>
public sealed record ExitRequest(string? Reason, string? EffectiveMonth, string? DecidedBy, string? Notes, long? ExpectedVersion);
