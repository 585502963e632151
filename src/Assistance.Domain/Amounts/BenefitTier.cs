namespace Assistance.Domain.Amounts;

/// <summary>
/// One row of a 分档 table: a household whose per-capita income is below <see cref="PerCapitaIncomeBelowShare"/> × standard
/// (and not below the previous row's bound) gets <see cref="AmountShareOfStandard"/> × standard per enrolled person.
/// Shares of the standard rather than yuan, so one table serves urban and rural and survives a change of standard.
/// </summary>
public sealed record BenefitTier(decimal PerCapitaIncomeBelowShare, decimal AmountShareOfStandard)
{
    /// <summary>
    /// [INFERENCE] Sample table: each band pays the gap at its lower bound, so no household gets less than under 补差.
    /// </summary>
    public static IReadOnlyList<BenefitTier> SampleTable { get; } =
    [
        new(0.25m, 1.00m),
        new(0.50m, 0.75m),
        new(0.75m, 0.50m),
        new(1.00m, 0.25m),
    ];
}
