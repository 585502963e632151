using Microsoft.AspNetCore.Authorization;
using System.Security.Claims;
using JasperFx;
using Marten;
using Marten.Exceptions;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.PaymentRolls;

/// <summary>The issue body; <c>issuedBy</c> is ignored (the signed-in approver issues the roll) and kept only so older clients still bind.</summary>
public sealed record IssueRollRequest(string? IssuedBy);
