using Assistance.Domain.Policy;

namespace Assistance.Domain.Cases;

/// <summary>
/// 审核确认: approve the household into a program. Null fields take what the rules give: the program applied for, the decision
/// dated today, payment from the month <see cref="PolicyParameters.PaymentStartsMonthsAfterDecision"/> gives, the computed amount.
/// </summary>
/// <param name="IncomeStable">Whether the household's income is stable, which sets the review interval (N2 Art.31).</param>
public sealed record ApproveEnrolment(
    Program? Program,
    LocalDate? DecidedOn,
    YearMonth? EffectiveMonth,
    decimal? MonthlyAmount,
    string? Reason,
    string DecidedBy,
    bool IncomeStable = true);
