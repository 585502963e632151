
namespace Assistance.Domain.Import;

/// <summary>The outcome of checking a roster: the households that may be imported, and every bad row with its reason.</summary>
public sealed record RosterCheckResult(IReadOnlyList<RosterHousehold> Households, IReadOnlyList<RosterError> Errors, int RejectedHouseholds)
{
    public int TotalHouseholds => Households.Count + RejectedHouseholds;
}
