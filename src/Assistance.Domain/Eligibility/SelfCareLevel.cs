namespace Assistance.Domain.Eligibility;

/// <summary>生活自理能力 as set by the six-activity assessment (N3 Art.21–23).</summary>
public enum SelfCareLevel
{
    /// <summary>具备生活自理能力</summary>
    SelfReliant,
    /// <summary>部分丧失生活自理能力</summary>
    PartlyLost,
    /// <summary>完全丧失生活自理能力</summary>
    FullyLost,
}
