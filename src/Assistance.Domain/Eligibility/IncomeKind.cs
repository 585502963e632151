namespace Assistance.Domain.Eligibility;

/// <summary>The kind of an income item (N2 Art.13). Which kinds are left out of the count is a policy parameter.</summary>
public enum IncomeKind
{
    /// <summary>工资性收入</summary>
    Wages,
    /// <summary>经营净收入</summary>
    Business,
    /// <summary>财产净收入 (interest, dividends, rent, land transfer)</summary>
    Property,
    /// <summary>转移净收入 (support from relatives, pensions, unemployment benefit, compensation, gifts)</summary>
    Transfer,
    /// <summary>其他收入</summary>
    Other,

    /// <summary>必要的就业成本: a positive amount deducted from wages, never below zero wages.</summary>
    EmploymentCost,

    /// <summary>优待抚恤金</summary>
    PreferentialTreatment,
    /// <summary>计划生育奖励与扶助金</summary>
    FamilyPlanningAward,
    /// <summary>奖学金</summary>
    Scholarship,
    /// <summary>见义勇为等奖励性补助</summary>
    BraveryAward,
    /// <summary>社会救助金</summary>
    SocialAssistance,
    /// <summary>城乡居民基本养老保险中的基础养老金 (the centrally funded part, excluded during the 14th Five-Year Plan)</summary>
    BasicPensionCentral,
}
