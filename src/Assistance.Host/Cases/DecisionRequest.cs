using Microsoft.AspNetCore.Authorization;
using System.Security.Claims;
using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Cases;

/// <summary>
/// 审批 body of the contract. <c>decidedOn</c> defaults to today and <c>effectiveMonth</c> to the month payment starts after it;
/// an approval without <c>monthlyAmount</c> takes the amount the county's rules compute, one that differs from it needs a
/// <c>reason</c> and is kept for audit. <c>incomeStable</c> (default true) sets the review interval.
/// </summary>
public sealed record DecisionRequest(
    string? Decision, string? Program, string? DecidedOn, string? EffectiveMonth, decimal? MonthlyAmount, string? Reason, string? DecidedBy,
    bool? IncomeStable, long? ExpectedVersion);
