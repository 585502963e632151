using Assistance.Domain.Cases;
using Assistance.Host.Core;

namespace Assistance.Host.Cases;

/// <summary>Assets in yuan, as assessments and reviews send them.</summary>
public sealed record AssetsRequest(decimal? Deposits, decimal? Vehicles, decimal? Houses, decimal? Other)
{
    public static Assets Read(FieldReader fields, AssetsRequest? assets) => assets is null
        ? new Assets()
        : new Assets(
            fields.Money("assets.deposits", assets.Deposits, required: false),
            fields.Money("assets.vehicles", assets.Vehicles, required: false),
            fields.Money("assets.houses", assets.Houses, required: false),
            fields.Money("assets.other", assets.Other, required: false));
}

/// <summary>An itemised income line; the kinds are those of the policy rules (<see cref="Assistance.Domain.Policy.IncomeKind"/>).</summary>
public sealed record IncomeRequest(string? Kind, decimal? Amount)
{
    /// <summary>The household's countable monthly income: as given, or derived from the itemised lines when those are sent instead.</summary>
    public static (decimal Total, IReadOnlyList<IncomeItem>? Items) ReadTotal(
        FieldReader fields, decimal? monthlyIncome, List<IncomeRequest>? incomes, Assistance.Domain.Policy.PolicyParameters policy)
    {
        if (incomes is not { Count: > 0 }) return (fields.Money("monthlyIncome", monthlyIncome), null);
        var items = incomes.Select(i => new IncomeItem(i?.Kind ?? "", i?.Amount ?? 0)).ToList();
        for (var i = 0; i < incomes.Count; i++)
            if (incomes[i]?.Amount is null) fields.Add($"incomes[{i}].amount", "不能为空");
        if (!Assistance.Domain.Policy.CountableIncomeCalculator.TryCalculate(items, policy, out var income, out var problems))
            foreach (var problem in problems) fields.Add($"incomes[{problem.Index}].{problem.Field}", problem.Message);
        if (monthlyIncome is { } given && income is not null && given != income.Total)
            fields.Add("monthlyIncome", $"与分项收入合计（可计收入 {FieldReader.Format(income.Total)} 元）不一致；只填其一即可");
        return (income?.Total ?? 0, items);
    }
}
