namespace Assistance.Domain.Outreach;

/// <summary>Why another department lists a person (the roster's 类别 column).</summary>
public enum RosterCategory
{
    /// <summary>重度残疾（残联）</summary>
    SevereDisability,
    /// <summary>大病、重病（医保）</summary>
    SeriousIllness,
    /// <summary>农村老年人</summary>
    Elderly,
    /// <summary>防返贫监测对象（乡村振兴）</summary>
    PovertyMonitoring,
    Other,
}
