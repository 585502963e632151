using Assistance.Domain.Cases;
using Assistance.Domain.Policy;

namespace Assistance.Domain.Eligibility;

/// <summary>Sums itemised monthly income into 家庭月可计收入 (N2 Art.13).</summary>
public static class CountableIncomeCalculator
{
    /// <summary>
    /// Counts every item whose kind the policy does not exclude. Wages lose the larger of the itemised costs and the
    /// county's <see cref="PolicyParameters.EmploymentCostDeductionShare"/> of them. <see cref="IncomeKind.EmploymentCost"/> items are costs
    /// (positive amounts) taken off wages; costs beyond the wages are ignored, since a deduction cannot make income negative.
    /// Negative amounts are refused: a loss is declared as zero, not offset against other income. Wages and business income
    /// of a member who started work within the county's <see cref="PolicyParameters.EmploymentIncomeDisregardMonths"/> before
    /// <paramref name="month"/> are not counted (就业渐退).
    /// </summary>
    public static bool TryCalculate(
        IReadOnlyList<IncomeItem> items,
        PolicyParameters policy,
        YearMonth month,
        out CountableIncome income,
        out IReadOnlyList<IncomeProblem> problems)
    {
        problems = Check(items);
        income = problems.Count == 0 ? Calculate(items, policy, month) : new CountableIncome(0, 0, 0, 0, []);
        return problems.Count == 0;
    }

    /// <summary>
    /// What is wrong with the items whatever the county's rules: an unknown kind, a negative amount, or a work start month on
    /// an item that is not earned by work.
    /// </summary>
    public static IReadOnlyList<IncomeProblem> Check(IReadOnlyList<IncomeItem> items)
    {
        var found = new List<IncomeProblem>();
        for (var i = 0; i < items.Count; i++)
        {
            if (!IncomeKinds.TryParse(items[i].Kind, out var kind))
                found.Add(new(i, "kind", $"未知的收入类型“{items[i].Kind}”"));
            else if (items[i].Amount < 0)
                found.Add(new(i, "amount", $"{IncomeKindLabels.Of(kind)}金额不能为负数"));
            else if (items[i].WorkStartedOn is not null && !IsEarnedByWork(kind))
                found.Add(new(i, "workStartedOn", $"就业起始月份只适用于工资性收入和经营净收入，{IncomeKindLabels.Of(kind)}不适用"));
        }
        return found;
    }

    /// <summary>The countable total in <paramref name="month"/> of items that passed <see cref="Check"/>.</summary>
    public static CountableIncome Calculate(IReadOnlyList<IncomeItem> items, PolicyParameters policy, YearMonth month)
    {
        var counted = new Dictionary<IncomeKind, decimal>();
        var excluded = new Dictionary<IncomeKind, decimal>();
        var disregarded = new List<string>();
        var disregardedTotal = 0m;
        var employmentCosts = 0m;
        foreach (var item in items)
        {
            IncomeKinds.TryParse(item.Kind, out var kind);
            if (kind == IncomeKind.EmploymentCost) employmentCosts += item.Amount;
            else if (policy.Excludes(kind)) Add(excluded, kind, item.Amount);
            else if (DisregardedUntil(item, policy, month) is { } until)
            {
                disregardedTotal += item.Amount;
                disregarded.Add($"{IncomeKindLabels.Of(kind)} {Zh.Fen(item.Amount)} 元，{Zh.Month(item.WorkStartedOn!.Value)}起就业，" +
                                $"就业渐退期（{policy.EmploymentIncomeDisregardMonths}个月，至{Zh.Month(until)}）内不计入家庭收入");
            }
            else Add(counted, kind, item.Amount);
        }

        var wages = counted.GetValueOrDefault(IncomeKind.Wages);
        var byShare = Math.Round(wages * policy.EmploymentCostDeductionShare, 2, MidpointRounding.AwayFromZero);
        var deducted = Math.Min(Math.Max(employmentCosts, byShare), wages);
        var lines = new List<string>();
        foreach (var (kind, amount) in counted.OrderBy(c => c.Key))
        {
            lines.Add(kind == IncomeKind.Wages && deducted > 0
                ? $"{IncomeKindLabels.Of(kind)} {Zh.Fen(amount)} 元，扣除必要就业成本 {Zh.Fen(deducted)} 元后计 {Zh.Fen(amount - deducted)} 元"
                : $"{IncomeKindLabels.Of(kind)} {Zh.Fen(amount)} 元，计入家庭收入");
        }
        if (byShare > employmentCosts && byShare > 0)
            lines.Add($"按工资性收入的 {policy.EmploymentCostDeductionShare:P0} 扣除必要就业成本（县级放宽认定）");
        if (employmentCosts > deducted)
            lines.Add($"必要就业成本超出工资性收入的部分 {Zh.Fen(employmentCosts - deducted)} 元不予扣除");
        foreach (var (kind, amount) in excluded.OrderBy(e => e.Key))
            lines.Add($"{IncomeKindLabels.Of(kind)} {Zh.Fen(amount)} 元，不计入家庭收入");
        lines.AddRange(disregarded);

        var total = counted.Values.Sum() - deducted;
        lines.Add($"家庭月可计收入合计 {Zh.Fen(total)} 元");
        return new CountableIncome(total, wages, deducted, excluded.Values.Sum(), lines, disregardedTotal, disregarded);
    }

    /// <summary>
    /// The last month an item earned by work is left out (the work start month counts as the first), or null when it counts in
    /// <paramref name="month"/>: the county grants no such period, the item has no start month, or the period is over.
    /// </summary>
    public static YearMonth? DisregardedUntil(IncomeItem item, PolicyParameters policy, YearMonth month)
    {
        if (policy.EmploymentIncomeDisregardMonths <= 0 || item.WorkStartedOn is not { } started) return null;
        var until = started.PlusMonths(policy.EmploymentIncomeDisregardMonths - 1);
        return month >= started && month <= until ? until : null;
    }

    /// <summary>The last month any item is disregarded in <paramref name="month"/>, when one is: the household's income rises after it.</summary>
    public static YearMonth? DisregardEnds(IReadOnlyList<IncomeItem>? items, PolicyParameters policy, YearMonth month) =>
        items?.Select(i => DisregardedUntil(i, policy, month)).Where(u => u is not null).Max();

    private static bool IsEarnedByWork(IncomeKind kind) => kind is IncomeKind.Wages or IncomeKind.Business;

    private static void Add(Dictionary<IncomeKind, decimal> sums, IncomeKind kind, decimal amount) =>
        sums[kind] = sums.GetValueOrDefault(kind) + amount;
}
