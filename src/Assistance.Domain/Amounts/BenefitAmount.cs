namespace Assistance.Domain.Amounts;

/// <summary>One line added on top of the base: a 分类施保 for a member, or a 特困 care fee.</summary>
public sealed record AmountComponent(string Label, decimal Amount, string? IdNumber = null);

/// <summary>
/// A monthly amount with its breakdown: <see cref="Total"/> = <see cref="Base"/> + <see cref="RoundingAdjustment"/> + add-ons.
/// <see cref="Explanation"/> is the zh-CN working shown to caseworkers and printed on notices.
/// </summary>
public sealed record BenefitAmount(
    decimal Base,
    decimal RoundingAdjustment,
    IReadOnlyList<AmountComponent> AddOns,
    decimal Total,
    IReadOnlyList<string> Explanation)
{
    public decimal RoundedBase => Base + RoundingAdjustment;

    public decimal AddOnTotal => AddOns.Sum(a => a.Amount);
}
