using Assistance.Domain.Outreach;

namespace Assistance.Domain.Labels;

/// <summary>The zh-CN names of what a 走访 found, as the outreach list prints them.</summary>
public static class VisitOutcomeLabels
{
    public static string Of(VisitOutcome outcome) => outcome switch
    {
        VisitOutcome.Applied => "已申请",
        VisitOutcome.NotEligible => "经核不符合条件",
        VisitOutcome.Declined => "本人不愿申请",
        VisitOutcome.NotFound => "查无此人",
        VisitOutcome.AlreadyCovered => "已纳入保障",
        _ => outcome.ToString(),
    };
}
