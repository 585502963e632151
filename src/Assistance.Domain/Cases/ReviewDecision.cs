using Assistance.Domain.Policy;
using Assistance.Domain.Eligibility;
using Assistance.Domain.Reviews;

namespace Assistance.Domain.Cases;

public static class ReviewDecision
{
    /// <summary>
    /// The county's rules decide the outcome of a 低保 review (维持/增发/减发/渐退/停发, <see cref="ReviewDecider"/>) and the next
    /// review by the household's category; the finding is the <see cref="ReviewResult"/>. Other programs are reviewed with a
    /// finding the caseworker records (<see cref="Record"/>).
    /// </summary>
    public static Decision Decide(HouseholdCase state, ReviewCase command, CountyPolicy policy, LocalDate today)
    {
        if (Unreviewable(state, command, today) is { } refusal) return refusal;
        if (state.Program != Program.Dibao)
            return Decision.Refuse("请填写复核结论", "系统按低保规则测算复核结论；特困、低保边缘案件的复核请填写 outcome 和 monthlyAmount。");

        var startsFrom = command.ReviewedOn.ToYearMonth().PlusMonths(policy.InForce(command.ReviewedOn.ToYearMonth()).Parameters.PaymentStartsMonthsAfterDecision);
        var version = policy.InForce(startsFrom);
        var counted = CountedIncome(command, policy);
        var income = counted?.Total ?? command.MonthlyIncome;
        var household = new HouseholdCircumstances(state.Members, state.Residence, income, command.RigidExpenditure, command.Assets);
        var result = ReviewDecider.Decide(new ReviewInput(household, command.ReviewedOn, state.MonthlyAmount, command.IncomeChangeCause,
            state.AddOnTotal, state.SinglePersonIdNumber, state.Status == CaseStatus.GradualExit ? state.GradualExitUntil : null), version.Parameters);
        var reviewMonth = command.ReviewedOn.ToYearMonth();
        var next = ReviewSchedule.NoLaterThanDisregardEnd(
            ReviewSchedule.NextDue(command.ReviewedOn, state.Program, state.Members, command.IncomeStable, version.Parameters),
            CountableIncomeCalculator.DisregardEnds(command.Incomes, policy.InForce(reviewMonth).Parameters, reviewMonth));
        var computed = result.Outcome is ReviewOutcome.Increase or ReviewOutcome.Decrease;
        var finding = new ReviewFinding(result.Outcome, result.MonthlyAmount, result.EffectiveMonth, result.GradualExitUntil, next.DueOn,
            version.Version, result.Amount?.AddOnTotal ?? 0, computed ? version.Parameters.ClassifiedAddOnFor(state.Residence) : null);
        return Record(state, command, finding, policy, today)
            .Explained(result with { Reasons = [result.Reasons[0], .. counted?.DisregardReasons ?? [], .. result.Reasons.Skip(1)] });
    }

    /// <summary>Records the finding as given. A household in 渐退 may be reviewed too (the new job may be lost).</summary>
    public static Decision Record(HouseholdCase state, ReviewCase command, ReviewFinding finding, CountyPolicy policy, LocalDate today)
    {
        if (Unreviewable(state, command, today) is { } refusal) return refusal;
        if (LifecycleRules.NotNegative(finding.MonthlyAmount, "月保障金额") is { } amount) return amount;
        return Decision.Accept(new CaseReviewed(command.ReviewedOn, CountedIncome(command, policy)?.Total ?? command.MonthlyIncome, command.Assets, command.RigidExpenditure,
            finding.Outcome, finding.MonthlyAmount, finding.EffectiveMonth, finding.GradualExitUntil, command.ReviewedBy,
            command.Notes, finding.Outcome == ReviewOutcome.Exit ? null : finding.NextReviewDue, finding.PolicyVersion, finding.AddOnTotal,
            finding.AddOnPerPerson));
    }

    /// <summary>Itemised income counted by the parameters in force in the month of the review; null when a total was sent.</summary>
    private static CountableIncome? CountedIncome(ReviewCase command, CountyPolicy policy)
    {
        var month = command.ReviewedOn.ToYearMonth();
        return command.Incomes is { Count: > 0 } items ? CountableIncomeCalculator.Calculate(items, policy.InForce(month).Parameters, month) : null;
    }

    private static Refusal? Unreviewable(HouseholdCase state, ReviewCase command, LocalDate today) =>
        LifecycleRules.MustBeEnrolled(state)
        ?? LifecycleRules.NotAfterToday(command.ReviewedOn, today, "复核日期")
        ?? LifecycleRules.NotBeforeApplication(state, command.ReviewedOn, "复核日期")
        ?? LifecycleRules.NotNegative(command.MonthlyIncome, "月收入");
}
