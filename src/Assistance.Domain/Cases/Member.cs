using Assistance.Domain.Values;

namespace Assistance.Domain.Cases;

/// <summary>A member of the household (共同生活的家庭成员).</summary>
public sealed record Member(
    string Name,
    string IdNumber,
    Relation Relation,
    Disability Disability = Disability.None,
    LaborCapacity LaborCapacity = LaborCapacity.Full,
    bool SeriousIllness = false);
