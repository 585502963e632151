using Assistance.Domain.Eligibility;

namespace Assistance.Domain.Labels;

/// <summary>The zh-CN names of 生活自理能力 levels (N3 Art.21–23), as the 特困 amount's explanation prints them.</summary>
public static class SelfCareLevelLabels
{
    public static string Of(SelfCareLevel level) => level switch
    {
        SelfCareLevel.SelfReliant => "具备生活自理能力",
        SelfCareLevel.PartlyLost => "部分丧失生活自理能力",
        SelfCareLevel.FullyLost => "完全丧失生活自理能力",
        _ => level.ToString(),
    };
}
