namespace Assistance.Domain.Statistics;

/// <summary>The zh-CN names that statistics tables and the dashboard print.</summary>
public static class StatisticsLabels
{
    public static string Of(Program program) => program switch
    {
        Program.Dibao => "低保",
        Program.Tekun => "特困",
        Program.Temporary => "临时救助",
        Program.Marginal => "低保边缘",
        Program.RigidExpenditure => "刚性支出困难",
        _ => program.ToString(),
    };

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
