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

    /// <summary>
    /// 刚性支出困难家庭 (N9 Art.4): none of the above, per-capita income below last year's local per-capita disposable income,
    /// assets within limits, and the twelve months' rigid spending above the county's share of household income.
    /// </summary>
    RigidExpenditureHardship,
}
