using Assistance.Domain.Policy;
using Assistance.Domain.Eligibility;
using Assistance.Domain.Amounts;

namespace Assistance.Domain.Cases;

public static class AssessDecision
{
    /// <summary>Classifies the household by the parameters in force in the month of the assessment; the finding is the <see cref="Assessment"/>.</summary>
    public static Decision Decide(HouseholdCase state, AssessEconomicStatus command, CountyPolicy policy, LocalDate today)
    {
        if (LifecycleRules.MustBeOpen(state) is { } closed) return closed;
        if (state.Status == CaseStatus.Applied)
            return Decision.Refuse("缺少双承诺", "须先签订双承诺（申请人诚信承诺和经办机构履职承诺），才能进行家庭经济状况认定。");
        if (state.IsEnrolled)
            return Decision.Refuse("案件已纳入保障", "已纳入保障的案件请通过复核登记家庭经济状况的变化。");
        if (LifecycleRules.NotAfterToday(command.AssessedOn, today, "认定日期") is { } future) return future;
        if (LifecycleRules.NotBeforeApplication(state, command.AssessedOn, "认定日期") is { } early) return early;
        if (LifecycleRules.NotNegative(command.MonthlyIncome, "月收入") is { } income) return income;
        if (LifecycleRules.NotNegative(command.RigidExpenditure, "刚性支出") is { } rigid) return rigid;
        if (command.RigidSpending is { } spending && new[] { spending.Living, spending.Medical, spending.Education, spending.Rehabilitation, spending.Other }.Any(v => v < 0))
            return Decision.Refuse("金额不能为负数", "近十二个月刚性支出各项不能为负数。");
        if (command.MemberSelfCare?.FirstOrDefault(s => state.Members.All(m => m.IdNumber != s.IdNumber)) is { } stranger)
            return Decision.Refuse("自理能力评估对象不在本户", $"身份证号 {IdNumber.Mask(stranger.IdNumber)} 不是本户成员。");

        var month = command.AssessedOn.ToYearMonth();
        var version = policy.InForce(month);
        var counted = command.Incomes is { Count: > 0 } items ? CountableIncomeCalculator.Calculate(items, version.Parameters, month) : null;
        var total = counted?.Total ?? command.MonthlyIncome;
        var household = new HouseholdCircumstances(state.Members, state.Residence, total, command.RigidExpenditure, command.Assets);
        var assessment = EligibilityAssessor.Assess(household, month, version.Parameters, command.RigidSpending)
            .WithIncomeReasons(counted?.DisregardReasons ?? []);
        return Decision.Accept(new EconomicStatusAssessed(command.AssessedOn, total, command.Assets, command.RigidExpenditure,
                command.AssessedBy, command.Notes, command.Incomes, assessment.Classification, assessment.Reasons, command.SelfCare,
                command.SupportMode, version.Version, assessment.TekunEligibleIdNumbers, command.MemberSelfCare, command.RigidSpending))
            .Explained(assessment);
    }
}
