using System.Security.Claims;
using Assistance.Domain.Values;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Cases;

public sealed record MemberRequest(
    string? Name, string? IdNumber, string? Relation, string? Disability, string? LaborCapacity, bool? SeriousIllness);
