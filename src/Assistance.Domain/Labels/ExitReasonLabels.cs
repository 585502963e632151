namespace Assistance.Domain.Labels;

/// <summary>The zh-CN names of exit reasons (退出原因), as statistics exports and the outreach list print them.</summary>
public static class ExitReasonLabels
{
    public static string Of(ExitReason reason) => reason switch
    {
        ExitReason.IncomeAboveStandard => "收入超标",
        ExitReason.GradualExitEnded => "渐退期满",
        ExitReason.Death => "死亡",
        ExitReason.MovedAway => "迁出",
        ExitReason.Voluntary => "主动退出",
        ExitReason.Fraud => "骗保",
        ExitReason.RefusedCheck => "拒绝核查",
        ExitReason.Other => "其他",
        ExitReason.RecognitionExpired => "认定有效期满",
        _ => reason.ToString(),
    };
}
