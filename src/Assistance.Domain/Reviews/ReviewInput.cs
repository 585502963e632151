using NodaTime;
using Assistance.Domain.Eligibility;
using Assistance.Domain.Amounts;

namespace Assistance.Domain.Reviews;

/// <summary>What a 复核 of an enrolled 低保 case looks at.</summary>
/// <param name="Household">The household as found at the review: current members, new income, assets.</param>
/// <param name="PreviousAmount">The monthly amount paid until now.</param>
/// <param name="PreviousAddOnTotal">The 分类施保 part of <paramref name="PreviousAmount"/>, which 渐退 does not continue (<see cref="BenefitAmount.AddOnTotal"/> of the last calculation).</param>
/// <param name="SinglePersonIdNumber">Set when the case is a 单人保 enrolment of this member.</param>
/// <param name="GradualExitUntil">Set when the case is in 渐退 until this month.</param>
public sealed record ReviewInput(
    HouseholdCircumstances Household,
    LocalDate ReviewedOn,
    decimal PreviousAmount,
    IncomeChangeCause IncomeChangeCause = IncomeChangeCause.Other,
    decimal PreviousAddOnTotal = 0,
    string? SinglePersonIdNumber = null,
    YearMonth? GradualExitUntil = null);
