namespace Assistance.Domain.Policy;

/// <summary>
/// 扩大单独申请救助范围: grounds beyond 重度残疾 and 重特大疾病 on which a county lets a member of a 低保边缘 household apply
/// alone (单人保).
/// </summary>
public enum SinglePersonGround
{
    /// <summary>三级残疾 whatever the work capacity (a county accepting every 三级智力、精神残疾 records them as grade 3).</summary>
    Grade3Disability,
    /// <summary>四级残疾且无劳动能力</summary>
    Grade4DisabilityWithoutWorkCapacity,
}
