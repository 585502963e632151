using Assistance.Domain.Cases;
using Assistance.Domain.Entitlements;
using JasperFx.Events;
using NodaTime;

namespace Assistance.Host.Corrections;

/// <summary>
/// The money a correction moves, as the county's 联审联批 line weighs it: over the months from the correction's first month
/// through the month it is recorded in, the sum of the change in the monthly entitlement, over- and underpayments alike.
/// Later months are not counted: they have not fallen due, and the next correction or review can still set them.
/// </summary>
public static class CorrectionDifference
{
    public static decimal Of(IReadOnlyList<IEvent> events, CaseCorrected correction)
    {
        var before = Fold(events);
        var after = CaseEventFold.Apply(Fold(events), correction);
        if (before is null || after is null) return 0;
        decimal total = 0;
        for (var month = correction.EffectiveMonth; month <= correction.CorrectedOn.ToYearMonth(); month = month.PlusMonths(1))
            total += Math.Abs((EntitlementTimeline.At(after.Segments, month)?.MonthlyAmount ?? 0) - (EntitlementTimeline.At(before.Segments, month)?.MonthlyAmount ?? 0));
        return total;
    }

    private static HouseholdCase? Fold(IEnumerable<IEvent> events) => events.Aggregate((HouseholdCase?)null, (state, e) => CaseEventFold.Apply(state, e.Data));
}
