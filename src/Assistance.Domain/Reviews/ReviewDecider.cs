using Assistance.Domain.Values;
using NodaTime;
using Assistance.Domain.Policy;
using Assistance.Domain.Eligibility;
using Assistance.Domain.Amounts;

namespace Assistance.Domain.Reviews;

/// <summary>复核决定 for an enrolled 低保 case: 维持, 增发, 减发, 渐退 or 停发 (N2 Art.31–33, N5 §1(3)).</summary>
public static class ReviewDecider
{
    /// <summary>
    /// Assets over the limits end the case. Otherwise a household still below the standard is recalculated in full
    /// (with 分类施保 at the ages of the effective month); one that rose into the 低保边缘 band through employment or a
    /// household change enters 渐退; any other rise above the standard, and any rise to the 低保边缘 line, ends the case.
    /// A household already in 渐退 returns to regular 低保 when below the standard again, ends early at the 低保边缘 line, and
    /// otherwise continues its 渐退 unchanged.
    /// </summary>
    public static ReviewResult Decide(ReviewInput input, PolicyParameters policy)
    {
        var household = input.Household;
        var effective = input.ReviewedOn.ToYearMonth().PlusMonths(policy.PaymentStartsMonthsAfterDecision);
        var reasons = new List<string> { household.IncomeSummaryZh() };

        var assets = AssetCheck.For(household, policy);
        if (!assets.WithinLimits)
        {
            reasons.AddRange(assets.Reasons);
            return Exit(household, effective, reasons, "家庭财产超过规定限额");
        }

        return input.SinglePersonIdNumber is { } singleId
            ? DecideSinglePerson(input, singleId, effective, policy, reasons)
            : DecideHousehold(input, effective, policy, reasons);
    }

    private static ReviewResult DecideHousehold(ReviewInput input, YearMonth effective, PolicyParameters policy, List<string> reasons)
    {
        var household = input.Household;
        var residence = ResidenceLabels.Of(household.Residence);
        var standard = policy.DibaoStandardFor(household.Residence);
        var marginalLine = policy.MarginalLineFor(household.Residence);
        var perCapita = $"家庭月人均收入 {Zh.Fen(household.PerCapitaIncome)} 元";

        if (household.PerCapitaBelow(standard))
        {
            reasons.Add($"{perCapita}，低于{residence}低保标准 {Zh.Yuan(standard)} 元，继续保障并重新核定金额");
            return Adjust(input, DibaoAmount.ForHousehold(household, effective, policy), effective, policy, reasons);
        }

        var aboveStandard = $"{perCapita}，不低于{residence}低保标准 {Zh.Yuan(standard)} 元";
        if (!household.PerCapitaBelow(marginalLine))
            return Exit(household, effective, reasons,
                $"{aboveStandard}，且不低于低保边缘线 {Zh.Yuan(marginalLine)} 元（{Zh.Number(policy.MarginalMultiple)}倍标准）");
        if (input.GradualExitUntil is { } until && until < effective)
            return Exit(household, effective, reasons, $"{aboveStandard}，渐退期已于{Zh.Month(until)}届满");
        if (input.GradualExitUntil is { } continuing)
        {
            reasons.Add($"{aboveStandard}，低于低保边缘线 {Zh.Yuan(marginalLine)} 元，渐退期至{Zh.Month(continuing)}不变，每月发放 {Zh.Yuan(input.PreviousAmount)} 元");
            return new ReviewResult(ReviewOutcome.GradualExit, input.PreviousAmount, effective, continuing, household.PerCapitaIncome,
                new BenefitAmount(input.PreviousAmount, 0, [], input.PreviousAmount, []), reasons);
        }
        if (input.IncomeChangeCause == IncomeChangeCause.Other)
            return Exit(household, effective, reasons, $"{aboveStandard}，收入增加并非因就业或家庭成员变化，不适用渐退");

        return GradualExit(input, standard, marginalLine, effective, policy, reasons);
    }

    /// <summary>渐退 pays the previous amount without 分类施保, capped at what the standard would pay the household today.</summary>
    private static ReviewResult GradualExit(
        ReviewInput input, decimal standard, decimal marginalLine, YearMonth effective, PolicyParameters policy, List<string> reasons)
    {
        var household = input.Household;
        var previousBase = input.PreviousAmount - input.PreviousAddOnTotal;
        var cap = standard * household.Size;
        var amount = Math.Min(previousBase, cap);
        var until = effective.PlusMonths(policy.GradualExitMonths - 1);
        var cause = input.IncomeChangeCause == IncomeChangeCause.Employment ? "就业" : "家庭成员变化";

        var lines = new List<string>
        {
            $"原月保障金 {Zh.Yuan(input.PreviousAmount)} 元，扣除分类施保 {Zh.Yuan(input.PreviousAddOnTotal)} 元后为 {Zh.Yuan(previousBase)} 元",
            $"{ResidenceLabels.Of(household.Residence)}低保标准 {Zh.Yuan(standard)} 元 × {household.Size} 人 = {Zh.Yuan(cap)} 元",
            $"渐退期每月发放两者中较低者 {Zh.Yuan(amount)} 元，不含分类施保",
        };
        reasons.Add($"因{cause}家庭月人均收入 {Zh.Fen(household.PerCapitaIncome)} 元，超过低保标准 {Zh.Yuan(standard)} 元但低于低保边缘线 " +
                    $"{Zh.Yuan(marginalLine)} 元，给予渐退期 {policy.GradualExitMonths} 个月（{Zh.Month(effective)}至{Zh.Month(until)}），" +
                    $"每月发放 {Zh.Yuan(amount)} 元，期满停发");
        return new ReviewResult(ReviewOutcome.GradualExit, amount, effective, until, household.PerCapitaIncome,
            new BenefitAmount(amount, 0, [], amount, lines), reasons);
    }

    /// <summary>单人保 lasts while the member still qualifies and the household stays below the 低保边缘 line.</summary>
    private static ReviewResult DecideSinglePerson(
        ReviewInput input, string singleId, YearMonth effective, PolicyParameters policy, List<string> reasons)
    {
        var household = input.Household;
        var member = household.Members.FirstOrDefault(m => string.Equals(m.IdNumber, singleId, StringComparison.OrdinalIgnoreCase));
        if (member is null)
            return Exit(household, effective, reasons, "单人保对象已不是家庭共同生活成员");
        if (!member.MayEnrolAlone(policy))
            return Exit(household, effective, reasons, $"{member.Name} 已不属于重度残疾人或重特大疾病患者，不再符合单独纳入低保条件");

        var marginalLine = policy.MarginalLineFor(household.Residence);
        if (!household.PerCapitaBelow(marginalLine))
            return Exit(household, effective, reasons,
                $"家庭月人均收入 {Zh.Fen(household.PerCapitaIncome)} 元，不低于低保边缘线 {Zh.Yuan(marginalLine)} 元，不再符合单人保条件");

        reasons.Add($"家庭月人均收入 {Zh.Fen(household.PerCapitaIncome)} 元，低于低保边缘线 {Zh.Yuan(marginalLine)} 元，{member.Name} 继续单人保");
        if (household.PerCapitaBelow(policy.DibaoStandardFor(household.Residence)))
            reasons.Add("家庭月人均收入已低于低保标准，可告知家庭按户申请低保");
        return Adjust(input, DibaoAmount.ForSinglePerson(member, household.Residence, effective, policy), effective, policy, reasons);
    }

    private static ReviewResult Adjust(
        ReviewInput input, BenefitAmount amount, YearMonth effective, PolicyParameters policy, List<string> reasons)
    {
        var previous = input.PreviousAmount;
        var change = amount.Total - previous;
        var perCapita = input.Household.PerCapitaIncome;

        if (Math.Abs(change) <= policy.ReviewAmountTolerance)
        {
            reasons.Add(change == 0
                ? $"核定月保障金 {Zh.Yuan(amount.Total)} 元，与原金额相同，维持不变"
                : $"核定月保障金 {Zh.Yuan(amount.Total)} 元，与原金额 {Zh.Yuan(previous)} 元相差不超过 {Zh.Yuan(policy.ReviewAmountTolerance)} 元，维持原金额");
            return new ReviewResult(ReviewOutcome.Continue, previous, effective, null, perCapita, amount, reasons);
        }

        var outcome = change > 0 ? ReviewOutcome.Increase : ReviewOutcome.Decrease;
        reasons.Add($"{(change > 0 ? "增发" : "减发")}：月保障金由 {Zh.Yuan(previous)} 元调整为 {Zh.Yuan(amount.Total)} 元，自{Zh.Month(effective)}起执行");
        return new ReviewResult(outcome, amount.Total, effective, null, perCapita, amount, reasons);
    }

    private static ReviewResult Exit(HouseholdCircumstances household, YearMonth effective, List<string> reasons, string why)
    {
        reasons.Add($"{why}，自{Zh.Month(effective)}起停发低保金");
        return new ReviewResult(ReviewOutcome.Exit, 0, effective, null, household.PerCapitaIncome, null, reasons);
    }
}
