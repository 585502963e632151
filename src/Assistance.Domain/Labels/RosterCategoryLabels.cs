using Assistance.Domain.Outreach;

namespace Assistance.Domain.Labels;

/// <summary>The zh-CN names of outreach roster categories, as the outreach list prints them.</summary>
public static class RosterCategoryLabels
{
    public static string Of(RosterCategory category) => category switch
    {
        RosterCategory.SevereDisability => "重度残疾",
        RosterCategory.SeriousIllness => "重病",
        RosterCategory.Elderly => "农村老年人",
        RosterCategory.PovertyMonitoring => "防返贫监测对象",
        RosterCategory.Other => "其他",
        _ => category.ToString(),
    };
}
