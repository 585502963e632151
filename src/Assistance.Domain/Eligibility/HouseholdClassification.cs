namespace Assistance.Domain.Eligibility;

/// <summary>What an assessment concludes about a household.</summary>
public enum HouseholdClassification
{
    /// <summary>At least one member meets 特困 (no work capacity, no livelihood, no able supporter).</summary>
    EligibleTekun,

    /// <summary>Per-capita income strictly below the 低保标准 and assets within limits.</summary>
    EligibleDibao,

    /// <summary>低保边缘: standard ≤ per-capita income &lt; marginal multiple × standard, assets within limits.</summary>
    Marginal,

    NotEligible,
}
