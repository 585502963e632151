using Assistance.Domain.Eligibility;

namespace Assistance.Domain.Labels;

/// <summary>The zh-CN names of income kinds (N2 Art.13), as the assessment's explanation and its field errors print them.</summary>
public static class IncomeKindLabels
{
    public static string Of(IncomeKind kind) => kind switch
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
        _ => kind.ToString(),
    };
}
