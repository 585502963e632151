using Assistance.Domain.Calendar;
using Assistance.Domain.Cases;
using Assistance.Domain.Tests.Cases;
using Assistance.Domain.Values;
using Assistance.Domain.Worklists;
using NodaTime;

namespace Assistance.Domain.Tests.Worklists;

/// <summary>Hand-made case histories for the worklist rules, folded like the projection folds them.</summary>
public static class WorklistScenario
{
    public static readonly WorkingDayCalendar Days = WorkingDayCalendar.WithDefaults();
    public static readonly WorklistPolicy Rules = WorklistPolicy.Defaults;

    public static ApplicationReceived Applied(LocalDate on, Program program = Program.Dibao, params Member[] members) => new(
        CaseScenario.CaseId, "140429", "丰州镇", "东关村", Residence.Rural, program, Channel.Window, on,
        members.Length > 0 ? members : [new Member("王大山", CaseScenario.ApplicantId, Relation.Self, LaborCapacity: LaborCapacity.Full)],
        null, "窗口甲");

    public static EconomicStatusAssessed Assessed(LocalDate on, decimal income = 300m) => new(on, income, new Assets(), 0m, "调查员乙", null);

    public static EnrolmentApproved Enrolled(YearMonth from, Program program = Program.Dibao, LocalDate? nextReviewDue = null) =>
        new(program, from, 500m, [CaseScenario.ApplicantId], "科长丙", null, nextReviewDue);

    /// <summary>The case and its facts after the events, each recorded on the day given with it.</summary>
    public static (HouseholdCase Case, CaseFacts Facts) Fold(params (object Event, LocalDate RecordedOn)[] history)
    {
        var state = HouseholdCase.Create((ApplicationReceived)history[0].Event);
        var facts = new CaseFacts();
        foreach (var (e, on) in history)
        {
            if (e is not ApplicationReceived && e.GetType().Namespace == typeof(HouseholdCase).Namespace) CaseEventFold.Apply(state, e);
            facts.Record(e, on);
        }
        return (state, facts);
    }
}
