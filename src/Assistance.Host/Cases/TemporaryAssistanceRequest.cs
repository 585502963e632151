using Microsoft.AspNetCore.Authorization;
using System.Security.Claims;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Cases;

/// <summary>临时救助 body of the contract, extended with <c>authority</c> (Township by default): who approves the grant.</summary>
public sealed record TemporaryAssistanceRequest(
    string? Kind, decimal? Amount, string? GrantedOn, string? Reason, string? GrantedBy, string? Authority, long? ExpectedVersion);
