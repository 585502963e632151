namespace Assistance.Domain.Cases;

/// <summary>复核: the household's situation as found at a review.</summary>
public sealed record ReviewCase(
    LocalDate ReviewedOn,
    decimal MonthlyIncome,
    Assets Assets,
    decimal RigidExpenditure,
    string ReviewedBy,
    string? Notes);

/// <summary>What the rules make of a review: the outcome and the entitlement from its effective month.</summary>
public sealed record ReviewFinding(
    ReviewOutcome Outcome,
    decimal MonthlyAmount,
    YearMonth EffectiveMonth,
    YearMonth? GradualExitUntil,
    LocalDate? NextReviewDue,
    int? PolicyVersion = null,
    decimal AddOnTotal = 0);

public static class ReviewDecision
{
    public static Decision Decide(HouseholdCase state, ReviewCase command, ReviewFinding finding)
    {
        if (LifecycleRules.MustBeEnrolled(state) is { } notEnrolled) return notEnrolled;
        if (state.Status == CaseStatus.GradualExit)
            return Decision.Refuse("案件处于渐退期", $"该案件渐退期至 {state.GradualExitUntil:yyyy-MM}，渐退期满自动退出，期间不再复核。");
        if (LifecycleRules.NotBeforeApplication(state, command.ReviewedOn, "复核日期") is { } early) return early;
        if (LifecycleRules.NotNegative(command.MonthlyIncome, "月收入") is { } income) return income;
        if (LifecycleRules.NotNegative(finding.MonthlyAmount, "月保障金额") is { } amount) return amount;
        return Decision.Accept(new CaseReviewed(command.ReviewedOn, command.MonthlyIncome, command.Assets, command.RigidExpenditure,
            finding.Outcome, finding.MonthlyAmount, finding.EffectiveMonth, finding.GradualExitUntil, command.ReviewedBy,
            command.Notes, finding.Outcome == ReviewOutcome.Exit ? null : finding.NextReviewDue, finding.PolicyVersion, finding.AddOnTotal));
    }
}
