using NodaTime;
using Assistance.Domain.Policy;

namespace Assistance.Domain.Cases;

/// <summary>标准调整: the county's new parameters recomputed the monthly amount from <see cref="EffectiveMonth"/>.</summary>
/// <remarks>
/// <c>AddOnPerPerson</c> (on this event, <see cref="EnrolmentApproved"/> and <see cref="CaseReviewed"/>) is the 分类施保 per qualifying
/// person within the amount: with it the case's timeline follows each member turning 60 or 18 from that month (N1 Art.12).
/// </remarks>
public sealed record EntitlementRecalculated(
    YearMonth EffectiveMonth, decimal MonthlyAmount, int PolicyVersion, string Reason, string RecordedBy, decimal AddOnTotal = 0,
    decimal? AddOnPerPerson = null) : ICaseEvent;
