using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using JasperFx.Events;
using NodaTime;

namespace Assistance.Host.Corrections;

/// <summary>
/// Works out what a correction changes: the months from the corrected decision's effective month up to the month before
/// the next event that set the amount again (a later review or recalculation stands on its own figures), and the amount
/// the rules give for those months with the right figure.
/// </summary>
public static class CorrectionPlan
{
    public static (YearMonth From, YearMonth? Until)? Months(IReadOnlyList<IEvent> events, long correctedVersion)
    {
        var target = events.Single(e => e.Version == correctedVersion).Data;
        var setsAmount = target switch
        {
            EconomicStatusAssessed => events.FirstOrDefault(e => e.Version > correctedVersion && e.Data is EnrolmentApproved),
            EnrolmentApproved or CaseReviewed { Outcome: not ReviewOutcome.Exit } or EntitlementRecalculated => events.Single(e => e.Version == correctedVersion),
            _ => null,
        };
        if (setsAmount is null) return null;
        var from = EffectiveMonthOf(setsAmount.Data)!.Value;
        var next = events.Where(e => e.Version > setsAmount.Version)
            .Select(e => AmountChangeMonth(e.Data)).FirstOrDefault(m => m is not null && m > from);
        return (from, next?.PlusMonths(-1));
    }

    /// <summary>The case as it stood right after the corrected event, with the right income in it.</summary>
    public static HouseholdCase? WithIncome(IReadOnlyList<IEvent> events, long correctedVersion, decimal income)
    {
        HouseholdCase? state = null;
        foreach (var e in events.Where(e => e.Version <= correctedVersion))
        {
            var data = e.Version != correctedVersion ? e.Data : e.Data switch
            {
                EconomicStatusAssessed a => a with { MonthlyIncome = income },
                CaseReviewed r => r with { MonthlyIncome = income },
                var other => other,
            };
            state = CaseEventFold.Apply(state, data);
        }
        return state;
    }

    public static decimal? IncomeOf(object data) => data switch
    {
        EconomicStatusAssessed a => a.MonthlyIncome,
        CaseReviewed { Outcome: not ReviewOutcome.Exit } r => r.MonthlyIncome,
        _ => null,
    };

    public static decimal? AmountOf(object data) => data switch
    {
        EnrolmentApproved a => a.MonthlyAmount,
        CaseReviewed { Outcome: not ReviewOutcome.Exit } r => r.MonthlyAmount,
        EntitlementRecalculated r => r.MonthlyAmount,
        _ => null,
    };

    private static YearMonth? EffectiveMonthOf(object data) => data switch
    {
        EnrolmentApproved a => a.EffectiveMonth,
        CaseReviewed r => r.EffectiveMonth,
        EntitlementRecalculated r => r.EffectiveMonth,
        _ => null,
    };

    private static YearMonth? AmountChangeMonth(object data) => data switch
    {
        CaseReviewed r => r.EffectiveMonth,
        EntitlementRecalculated r => r.EffectiveMonth,
        HouseholdMembersChanged { NewMonthlyAmount: not null } m => m.EffectiveMonth,
        _ => null,
    };
}
