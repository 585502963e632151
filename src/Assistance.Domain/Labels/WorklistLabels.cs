using Assistance.Domain.Worklists;

namespace Assistance.Domain.Labels;

/// <summary>The zh-CN titles of the 应保尽保、应退尽退 worklists.</summary>
public static class WorklistLabels
{
    public static string Of(Worklist list) => list switch
    {
        Worklist.PendingApplications => "待办申请",
        Worklist.ReviewsDue => "到期复核",
        Worklist.ShouldExit => "应退未退",
        Worklist.PossiblyEligible => "应保未保",
        Worklist.Duplicates => "重复享受",
        Worklist.Warnings => "数据比对预警",
        _ => list.ToString(),
    };
}
