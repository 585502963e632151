using Assistance.Domain.Cases;
using Assistance.Host.Core;
using Assistance.Domain.Eligibility;

namespace Assistance.Host.Cases;

/// <summary>
/// An itemised income line; the kinds are those of the policy rules (<see cref="IncomeKind"/>). <c>workStartedOn</c> (YYYY-MM,
/// wages and business income only) is the month the member found work, for the county's 就业渐退 disregard.
/// </summary>
public sealed record IncomeRequest(string? Kind, decimal? Amount, string? WorkStartedOn = null)
{
    /// <summary>
    /// The household's monthly income as given, or the itemised lines when those are sent instead (the rules then derive the
    /// countable total, leaving out what the county excludes).
    /// </summary>
    public static (decimal MonthlyIncome, IReadOnlyList<IncomeItem>? Items) Read(FieldReader fields, decimal? monthlyIncome, List<IncomeRequest>? incomes)
    {
        if (incomes is not { Count: > 0 }) return (fields.Money("monthlyIncome", monthlyIncome), null);
        if (monthlyIncome is not null) fields.Add("monthlyIncome", "已填写分项收入（incomes）时不填月收入合计，只填其一即可");
        var items = incomes.Select((i, index) => new IncomeItem(i?.Kind ?? "", i?.Amount ?? 0,
            string.IsNullOrWhiteSpace(i?.WorkStartedOn) ? null : fields.Month($"incomes[{index}].workStartedOn", i.WorkStartedOn))).ToList();
        for (var i = 0; i < incomes.Count; i++)
            if (incomes[i]?.Amount is null) fields.Add($"incomes[{i}].amount", "不能为空");
        foreach (var problem in CountableIncomeCalculator.Check(items)) fields.Add($"incomes[{problem.Index}].{problem.Field}", problem.Message);
        return (0, items);
    }
}
