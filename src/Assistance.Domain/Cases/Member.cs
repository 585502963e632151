using Assistance.Domain.Values;

namespace Assistance.Domain.Cases;

/// <summary>A member of the household (共同生活的家庭成员).</summary>
/// <param name="BirthDate">出生日期, only where a correction found the birth date in the ID number wrong; null: the ID number's.</param>
public sealed record Member(
    string Name,
    string IdNumber,
    Relation Relation,
    Disability Disability = Disability.None,
    LaborCapacity LaborCapacity = LaborCapacity.Full,
    bool SeriousIllness = false,
    LocalDate? BirthDate = null);
