namespace Assistance.Domain.Cases;

/// <summary>家庭经济状况认定: record the household's income, assets and rigid expenditure.</summary>
public sealed record AssessEconomicStatus(
    LocalDate AssessedOn,
    decimal MonthlyIncome,
    Assets Assets,
    decimal RigidExpenditure,
    string AssessedBy,
    string? Notes,
    IReadOnlyList<IncomeItem>? Incomes = null,
    Policy.SelfCareAssessment? SelfCare = null,
    Policy.TekunSupportMode? SupportMode = null);

/// <summary>What the rules made of an assessment: the classification, its zh-CN reasons and the policy version used.</summary>
public sealed record AssessmentFinding(Policy.HouseholdClassification Classification, IReadOnlyList<string> Reasons, int PolicyVersion);

public static class AssessDecision
{
    public static Decision Decide(HouseholdCase state, AssessEconomicStatus command, AssessmentFinding? finding = null)
    {
        if (LifecycleRules.MustBeOpen(state) is { } closed) return closed;
        if (state.Status == CaseStatus.Applied)
            return Decision.Refuse("缺少双承诺", "须先签订双承诺（申请人诚信承诺和经办机构履职承诺），才能进行家庭经济状况认定。");
        if (state.IsEnrolled)
            return Decision.Refuse("案件已纳入保障", "已纳入保障的案件请通过复核登记家庭经济状况的变化。");
        if (LifecycleRules.NotBeforeApplication(state, command.AssessedOn, "认定日期") is { } early) return early;
        if (LifecycleRules.NotNegative(command.MonthlyIncome, "月收入") is { } income) return income;
        if (LifecycleRules.NotNegative(command.RigidExpenditure, "刚性支出") is { } rigid) return rigid;
        return Decision.Accept(new EconomicStatusAssessed(command.AssessedOn, command.MonthlyIncome, command.Assets,
            command.RigidExpenditure, command.AssessedBy, command.Notes, command.Incomes, finding?.Classification, finding?.Reasons,
            command.SelfCare, command.SupportMode, finding?.PolicyVersion));
    }
}
