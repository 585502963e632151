namespace Assistance.Domain.Cases;

/// <summary>审核确认: approve the household into a program from a month.</summary>
public sealed record ApproveEnrolment(
    Program Program,
    YearMonth EffectiveMonth,
    decimal MonthlyAmount,
    string DecidedBy,
    string? Reason,
    LocalDate? NextReviewDue = null,
    int? PolicyVersion = null,
    decimal? ComputedAmount = null,
    decimal AddOnTotal = 0);

/// <summary>不予确认: reject the application.</summary>
public sealed record RejectApplication(YearMonth EffectiveMonth, string Reason, string DecidedBy);

public static class DecideDecision
{
    public static Decision Decide(HouseholdCase state, ApproveEnrolment command)
    {
        if (Undecidable(state) is { } refusal) return refusal;
        if (LifecycleRules.NotBeforeApplication(state, command.EffectiveMonth, "生效月份") is { } early) return early;
        if (LifecycleRules.NotNegative(command.MonthlyAmount, "月保障金额") is { } negative) return negative;
        if (command.ComputedAmount is { } computed && computed != command.MonthlyAmount && string.IsNullOrWhiteSpace(command.Reason))
            return Decision.Refuse("金额与测算结果不一致须说明理由",
                $"按政策测算的月保障金额为 {computed:0.00} 元，审批金额为 {command.MonthlyAmount:0.00} 元；两者不一致时须填写理由（reason）。");
        var enrolled = state.SinglePersonIdNumber is { } single ? [single] : state.Members.Select(m => m.IdNumber).ToList();
        return Decision.Accept(new EnrolmentApproved(command.Program, command.EffectiveMonth, command.MonthlyAmount, enrolled,
            command.DecidedBy, command.Reason, command.NextReviewDue, command.PolicyVersion, command.ComputedAmount, command.AddOnTotal));
    }

    public static Decision Decide(HouseholdCase state, RejectApplication command)
    {
        if (Undecidable(state) is { } refusal) return refusal;
        if (LifecycleRules.NotBeforeApplication(state, command.EffectiveMonth, "生效月份") is { } early) return early;
        return Decision.Accept(new ApplicationRejected(command.EffectiveMonth, command.Reason, command.DecidedBy));
    }

    private static Refusal? Undecidable(HouseholdCase state)
    {
        if (LifecycleRules.MustBeOpen(state) is { } closed) return closed;
        return state.Status switch
        {
            CaseStatus.Applied => new("缺少双承诺和经济状况认定", "须先签订双承诺并完成家庭经济状况认定，才能作出审批决定。"),
            CaseStatus.Committed => new("缺少家庭经济状况认定", "须先完成家庭经济状况认定，才能作出审批决定。"),
            CaseStatus.Enrolled or CaseStatus.GradualExit => new("案件已纳入保障", "该案件已审批纳入，调整金额请办理复核。"),
            _ => null,
        };
    }
}
