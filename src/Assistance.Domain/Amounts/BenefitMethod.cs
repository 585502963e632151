namespace Assistance.Domain.Amounts;

/// <summary>How the monthly 低保 amount is set (N1 Art.12, N2 Art.23).</summary>
public enum BenefitMethod
{
    /// <summary>补差: the gap between the standard and the household's income.</summary>
    Difference,

    /// <summary>分档: a fixed share of the standard per person, by income band.</summary>
    Tiers,
}
