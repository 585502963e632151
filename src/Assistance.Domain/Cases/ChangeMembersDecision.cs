using Assistance.Domain.Policy;
using Assistance.Domain.Amounts;

namespace Assistance.Domain.Cases;

public static class ChangeMembersDecision
{
    public static Decision Decide(HouseholdCase state, ChangeHouseholdMembers command, CountyPolicy policy, LocalDate today)
    {
        if (LifecycleRules.MustBeOpen(state) is { } closed) return closed;
        if (LifecycleRules.NotAfterToday(command.OccurredOn, today, "发生日期") is { } future) return future;
        var month = command.EffectiveMonth ?? command.OccurredOn.ToYearMonth().PlusMonths(1);
        if (LifecycleRules.NotBeforeApplication(state, month, "生效月份") is { } early) return early;
        var present = state.Members.Any(m => m.IdNumber == command.Member.IdNumber);
        var joining = command.Kind is MemberChangeKind.Birth or MemberChangeKind.MovedIn;
        if (joining && present)
            return Decision.Refuse("成员已在本户", $"身份证号 {IdNumber.Mask(command.Member.IdNumber)} 已是本户成员。");
        if (!joining && !present)
            return Decision.Refuse("成员不在本户", $"身份证号 {IdNumber.Mask(command.Member.IdNumber)} 不是本户成员。");
        // Either would leave a case paying, or computing an amount for, someone who is no longer in the household.
        if (!joining && state.Members.Count == 1)
            return Decision.Refuse("本户仅剩一名成员", "本户仅剩这一名成员，其死亡或迁出须办理退出（已纳入）或不予确认（未纳入），不能作为成员变更。");
        if (!joining && state.SinglePersonIdNumber == command.Member.IdNumber)
            return Decision.Refuse("该成员是单独申请的对象", "单独申请（单人保）的成员死亡或迁出须办理退出（已纳入）或不予确认（未纳入），不能作为成员变更。");
        if (!joining && command.Member.Relation == Relation.Self && command.Kind != MemberChangeKind.Death)
            return Decision.Refuse("申请人不能迁出", "申请人迁出须先变更申请人或办理退出。");
        if (joining && command.Member.Relation == Relation.Self)
            return Decision.Refuse("申请人必须且只能有一名", "新增成员的关系不能为「本人」。");
        if (command.NewMonthlyAmount is { } amount && LifecycleRules.NotNegative(amount, "月保障金额") is { } negative) return negative;

        var change = new HouseholdMembersChanged(command.Kind, command.Member, command.OccurredOn, month, command.RecordedBy, command.NewMonthlyAmount);
        return Decision.Accept(command.Kind == MemberChangeKind.Death && command.NewMonthlyAmount is null && state.IsEnrolled
            ? AfterDeath(state, change, policy.InForce(month).Parameters)
            : change);
    }

    /// <summary>
    /// From the month after a death the remaining household is paid what the rules give it (N5 §1(3)); where the county prefers a
    /// recheck, or the amount cannot be recomputed (渐退, no amount left, a 特困 person without a self-care assessment), a 复核 falls
    /// due within <see cref="TimeLimits.DeathRecheckMonths"/> instead.
    /// </summary>
    private static HouseholdMembersChanged AfterDeath(HouseholdCase state, HouseholdMembersChanged change, PolicyParameters policy)
    {
        var remaining = state.Members.Where(m => m.IdNumber != change.Member.IdNumber).ToList();
        if (policy.RecomputeAmountOnDeath && state.Status == CaseStatus.Enrolled &&
            CaseAmounts.Compute(state, state.Program, change.EffectiveMonth, policy, remaining) is { Total: > 0 } amount)
            return change with
            {
                NewMonthlyAmount = amount.Total,
                NewAddOnTotal = amount.AddOnTotal,
                AddOnPerPerson = state.Program == Program.Dibao ? policy.ClassifiedAddOnFor(state.Residence) : null,
            };
        return change with { RecheckDueOn = change.OccurredOn.PlusMonths(policy.TimeLimits.DeathRecheckMonths) };
    }
}
