using Assistance.Domain.Values;
using NodaTime;
using Assistance.Domain.Amounts;

namespace Assistance.Domain.Reviews;

/// <summary>
/// The outcome of a 复核. <see cref="EffectiveMonth"/> is the first month at the new amount, or for an exit the first month
/// not paid. <see cref="GradualExitUntil"/> is the last month paid during 渐退; the case exits the month after it.
/// </summary>
/// <param name="Amount">The calculation behind <see cref="MonthlyAmount"/>; null on exit.</param>
public sealed record ReviewResult(
    ReviewOutcome Outcome,
    decimal MonthlyAmount,
    YearMonth EffectiveMonth,
    YearMonth? GradualExitUntil,
    decimal PerCapitaIncome,
    BenefitAmount? Amount,
    IReadOnlyList<string> Reasons);
