using Microsoft.AspNetCore.Authorization;
using System.Security.Claims;
using Assistance.Domain.Cases;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Cases;

/// <summary>
/// 家庭成员变更 (an extension of the contract): a birth, death, or a member moving in or out, from <c>effectiveMonth</c>
/// (default: the month after it happened). After a death the rules recompute the remaining household's amount unless
/// <c>newMonthlyAmount</c> is given.
/// </summary>
public sealed record MemberChangeRequest(
    string? Kind, MemberRequest? Member, string? OccurredOn, string? EffectiveMonth, decimal? NewMonthlyAmount, string? RecordedBy, long? ExpectedVersion);
