namespace Assistance.Domain.Eligibility;

/// <summary>
/// 生活自理能力评估: whether the person can do each of the six daily activities of N3 Art.21 on their own (true = achieved).
/// </summary>
public sealed record SelfCareAssessment(
    bool Eating,
    bool Dressing,
    bool GettingInOutOfBed,
    bool Toileting,
    bool WalkingIndoors,
    bool Bathing)
{
    public int ActivitiesNotAchieved =>
        new[] { Eating, Dressing, GettingInOutOfBed, Toileting, WalkingIndoors, Bathing }.Count(achieved => !achieved);

    /// <summary>All six achieved: 具备; one to three not achieved: 部分丧失; four or more: 完全丧失 (N3 Art.22).</summary>
    public SelfCareLevel Level => ActivitiesNotAchieved switch
    {
        0 => SelfCareLevel.SelfReliant,
        <= 3 => SelfCareLevel.PartlyLost,
        _ => SelfCareLevel.FullyLost,
    };
}
