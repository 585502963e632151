using Assistance.Domain.Reviews;

namespace Assistance.Domain.Cases;

/// <summary>
/// 复核: the household's situation as found at a review. When <see cref="Incomes"/> are itemised the countable total is derived
/// from them by the county's rules. <see cref="IncomeChangeCause"/> says why income rose (only employment or a household change
/// allows 渐退); <see cref="IncomeStable"/> sets the next review interval.
/// </summary>
public sealed record ReviewCase(
    LocalDate ReviewedOn,
    decimal MonthlyIncome,
    Assets Assets,
    decimal RigidExpenditure,
    string ReviewedBy,
    string? Notes,
    IReadOnlyList<IncomeItem>? Incomes = null,
    IncomeChangeCause IncomeChangeCause = IncomeChangeCause.Other,
    bool IncomeStable = true);
