namespace Assistance.Domain.Amounts;

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
