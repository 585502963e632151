namespace Assistance.Domain.Labels;

/// <summary>The zh-CN names caseworkers read for case states.</summary>
public static class CaseStatusLabels
{
    public static string Of(CaseStatus status) => status switch
    {
        CaseStatus.Applied => "已申请",
        CaseStatus.Committed => "已签订双承诺",
        CaseStatus.Assessed => "已完成经济状况认定",
        CaseStatus.Enrolled => "在保",
        CaseStatus.GradualExit => "渐退期",
        CaseStatus.Rejected => "不予确认",
        CaseStatus.Exited => "已退出",
        _ => status.ToString(),
    };
}
