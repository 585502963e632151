using Assistance.Domain.Cases;

namespace Assistance.Domain.Labels;

/// <summary>The zh-CN names of the kinds of appeal, as the open-appeals list prints them.</summary>
public static class AppealKindLabels
{
    public static string Of(AppealKind kind) => kind switch
    {
        AppealKind.Reconsideration => "复核申请",
        AppealKind.AdministrativeReview => "行政复议",
        AppealKind.Report => "举报",
        _ => kind.ToString(),
    };
}
