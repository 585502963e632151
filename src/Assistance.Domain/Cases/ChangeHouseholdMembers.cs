
namespace Assistance.Domain.Cases;

/// <summary>
/// 家庭成员变更: a birth, death, or a member moving in or out. <see cref="EffectiveMonth"/> defaults to the month after
/// <see cref="OccurredOn"/>; <see cref="NewMonthlyAmount"/>, when given, is the amount from then on.
/// </summary>
public sealed record ChangeHouseholdMembers(
    MemberChangeKind Kind,
    Member Member,
    LocalDate OccurredOn,
    YearMonth? EffectiveMonth,
    string RecordedBy,
    decimal? NewMonthlyAmount = null);
