namespace Assistance.Domain.Labels;

/// <summary>The zh-CN names of the assistance programs, as statistics tables, exports and the dashboard print them.</summary>
public static class ProgramLabels
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
}
