using Microsoft.AspNetCore.Authorization;
using System.Security.Claims;
using Assistance.Domain.Values;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Cases;

/// <summary>The self-care assessment of one member, where several 特困 persons of a case differ.</summary>
public sealed record MemberSelfCareRequest(string? IdNumber, SelfCareRequest? SelfCare);
