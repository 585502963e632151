using NodaTime;

namespace Assistance.Domain.Cases;

/// <summary>A member joined or left the household from <see cref="EffectiveMonth"/>.</summary>
public sealed record HouseholdMembersChanged(
    MemberChangeKind Kind,
    Member Member,
    LocalDate OccurredOn,
    YearMonth EffectiveMonth,
    string RecordedBy,
    decimal? NewMonthlyAmount = null,
    decimal? NewAddOnTotal = null,
    LocalDate? RecheckDueOn = null,
    decimal? AddOnPerPerson = null) : ICaseEvent;
