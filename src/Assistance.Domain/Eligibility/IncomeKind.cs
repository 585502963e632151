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

public static class IncomeKinds
{
    /// <summary>The kinds N2 Art.13 leaves out of household income.</summary>
    public static IReadOnlyList<IncomeKind> ExcludedNationally { get; } =
    [
        IncomeKind.PreferentialTreatment,
        IncomeKind.FamilyPlanningAward,
        IncomeKind.Scholarship,
        IncomeKind.BraveryAward,
        IncomeKind.SocialAssistance,
        IncomeKind.BasicPensionCentral,
    ];

    private static readonly Dictionary<string, IncomeKind> ByName =
        Enum.GetValues<IncomeKind>().ToDictionary(k => k.ToString(), StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses the enum name, ignoring case. Numbers are refused so that "3" cannot slip in as a kind.</summary>
    public static bool TryParse(string? text, out IncomeKind kind) => ByName.TryGetValue(text?.Trim() ?? "", out kind);

    public static string ZhName(this IncomeKind kind) => kind switch
    {
        IncomeKind.Wages => "工资性收入",
        IncomeKind.Business => "经营净收入",
        IncomeKind.Property => "财产净收入",
        IncomeKind.Transfer => "转移净收入",
        IncomeKind.Other => "其他收入",
        IncomeKind.EmploymentCost => "必要就业成本",
        IncomeKind.PreferentialTreatment => "优待抚恤金",
        IncomeKind.FamilyPlanningAward => "计划生育奖励与扶助金",
        IncomeKind.Scholarship => "奖学金",
        IncomeKind.BraveryAward => "见义勇为等奖励性补助",
        IncomeKind.SocialAssistance => "社会救助金",
        IncomeKind.BasicPensionCentral => "城乡居民基础养老金",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
