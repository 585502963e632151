using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using NodaTime;
using static Assistance.Domain.Tests.Policy.People;
using Assistance.Domain.Policy;
using Assistance.Domain.Eligibility;
using Assistance.Domain.Reviews;

namespace Assistance.Domain.Tests.Policy;

public class ReviewDeciderTests
{
    // Reviewed in March 2025: changes and exits take effect in April 2025.
    private static readonly LocalDate ReviewedOn = new(2025, 3, 15);
    private static readonly YearMonth April2025 = new(2025, 4);

    private static ReviewResult Review(
        HouseholdCircumstances household,
        decimal previous,
        IncomeChangeCause cause = IncomeChangeCause.Other,
        decimal previousAddOns = 0,
        PolicyParameters? policy = null,
        LocalDate? on = null) =>
        ReviewDecider.Decide(new ReviewInput(household, on ?? ReviewedOn, previous, cause, previousAddOns), policy ?? PolicyParameters.Defaults);

    // Three working-age urban adults first enrolled with income 1000: 2340 − 1000 = 1340.
    public static TheoryData<string, decimal, IncomeChangeCause, ReviewOutcome, decimal> UrbanFamilyOfThree => new()
    {
        { "income unchanged at 1000 → continue at 1340", 1000m, IncomeChangeCause.Other, ReviewOutcome.Continue, 1340m },
        { "income fell to 700 → 增发 to 1640", 700m, IncomeChangeCause.Other, ReviewOutcome.Increase, 1640m },
        { "income rose to 1500, still below the line → 减发 to 840", 1500m, IncomeChangeCause.Employment, ReviewOutcome.Decrease, 840m },
        { "employment lifted income to 2700 (900 per head, in the 边缘 band) → 渐退 at 1340", 2700m, IncomeChangeCause.Employment, ReviewOutcome.GradualExit, 1340m },
        { "employment lifted income to exactly 2340 (= the line) → 渐退", 2340m, IncomeChangeCause.Employment, ReviewOutcome.GradualExit, 1340m },
        { "employment lifted income to 3509.99 (just below 1.5×) → 渐退", 3509.99m, IncomeChangeCause.Employment, ReviewOutcome.GradualExit, 1340m },
        { "employment lifted income to 3510 (exactly 1.5×) → exit", 3510m, IncomeChangeCause.Employment, ReviewOutcome.Exit, 0m },
        { "a gift lifted income to 2700 (not employment) → exit, no 渐退", 2700m, IncomeChangeCause.Other, ReviewOutcome.Exit, 0m },
        { "a pension lifted income to 2340 (not employment) → exit", 2340m, IncomeChangeCause.Other, ReviewOutcome.Exit, 0m },
    };

    [Theory]
    [MemberData(nameof(UrbanFamilyOfThree))]
    public void Decides_the_outcome_from_the_new_income_and_its_cause(
        string example, decimal income, IncomeChangeCause cause, ReviewOutcome outcome, decimal amount)
    {
        var decision = Review(Urban(WorkingAdults(3)).Earning(income), previous: 1340m, cause);

        decision.Outcome.ShouldBe(outcome, example);
        decision.MonthlyAmount.ShouldBe(amount, example);
        decision.EffectiveMonth.ShouldBe(April2025, example);
    }

    [Fact]
    public void Gradual_exit_runs_six_months_from_the_next_month_and_names_its_end()
    {
        var decision = Review(Urban(WorkingAdults(3)).Earning(2700m), previous: 1340m, IncomeChangeCause.Employment);

        decision.EffectiveMonth.ShouldBe(April2025);
        decision.GradualExitUntil.ShouldBe(new YearMonth(2025, 9)); // April..September = 6 months paid; exit from October.
        decision.Reasons.Last().ShouldBe(
            "因就业家庭月人均收入 900.00 元，超过低保标准 780 元但低于低保边缘线 1170 元，给予渐退期 6 个月（2025年4月至2025年9月），每月发放 1340 元，期满停发");
    }

    [Theory]
    [InlineData("reviewed 10 Dec 2025, 6 months → Jan–Jun 2026", 2025, 12, 6, 2026, 6)]
    [InlineData("reviewed 15 Mar 2025, county sets 3 months → Apr–Jun 2025", 2025, 3, 3, 2025, 6)]
    [InlineData("reviewed 15 Mar 2025, county sets 1 month → Apr 2025 only", 2025, 3, 1, 2025, 4)]
    public void Gradual_exit_length_is_a_parameter(string example, int year, int month, int months, int untilYear, int untilMonth)
    {
        var decision = Review(Urban(WorkingAdults(3)).Earning(2700m), 1340m, IncomeChangeCause.Employment,
            policy: PolicyParameters.Defaults with { GradualExitMonths = months }, on: new LocalDate(year, month, 15));

        decision.GradualExitUntil.ShouldBe(new YearMonth(untilYear, untilMonth), example);
    }

    [Theory]
    [InlineData("previous 1482 incl. 142 分类施保 → pays 1340 without it", 3, 1482, 142, 1340)]
    [InlineData("household shrank to 2: previous 1900 − 284 = 1616, capped at 780 × 2 = 1560", 2, 1900, 284, 1560)]
    [InlineData("household shrank to 1: previous 1340, capped at 780 × 1 = 780", 1, 1340, 0, 780)]
    public void Gradual_exit_pays_the_previous_amount_without_addons_capped_at_the_standard_times_persons(
        string example, int persons, decimal previous, decimal previousAddOns, decimal expected)
    {
        // Per head 900: in the 边缘 band whatever the size.
        var household = Urban(WorkingAdults(persons)).Earning(900m * persons);

        var decision = Review(household, previous, IncomeChangeCause.HouseholdChange, previousAddOns);

        decision.Outcome.ShouldBe(ReviewOutcome.GradualExit, example);
        decision.MonthlyAmount.ShouldBe(expected, example);
        decision.Amount!.AddOns.ShouldBeEmpty();
    }

    [Fact]
    public void A_member_turning_60_raises_the_amount_by_the_addon()
    {
        // Turns 60 on 1 April 2025, the effective month: 1340 + 142.
        var turning60 = Born(new LocalDate(1965, 4, 1));

        var decision = Review(Urban(turning60, Aged(40), Aged(40)).Earning(1000m), previous: 1340m);

        decision.Outcome.ShouldBe(ReviewOutcome.Increase);
        decision.MonthlyAmount.ShouldBe(1482m);
    }

    [Fact]
    public void Assets_above_the_limits_end_the_case()
    {
        var decision = Review(Urban(WorkingAdults(3)).Earning(1000m, assets: new Assets(Deposits: 30000m)), previous: 1340m);

        decision.Outcome.ShouldBe(ReviewOutcome.Exit);
        decision.Reasons.Last().ShouldBe("家庭财产超过规定限额，自2025年4月起停发低保金");
    }

    [Fact]
    public void Exit_for_a_non_employment_rise_says_why_there_is_no_gradual_exit()
    {
        var decision = Review(Urban(WorkingAdults(3)).Earning(2700m), previous: 1340m);

        decision.Reasons.Last().ShouldBe(
            "家庭月人均收入 900.00 元，不低于城市低保标准 780 元，收入增加并非因就业或家庭成员变化，不适用渐退，自2025年4月起停发低保金");
    }

    [Theory]
    [InlineData("computed 1343 vs previous 1340, tolerance 5 → keep 1340", 997, 5, ReviewOutcome.Continue, 1340)]
    [InlineData("computed 1346 vs previous 1340, tolerance 5 → 增发 1346", 994, 5, ReviewOutcome.Increase, 1346)]
    [InlineData("computed 1341 vs previous 1340, tolerance 0 → 增发 1341", 999, 0, ReviewOutcome.Increase, 1341)]
    public void Small_changes_within_the_tolerance_keep_the_previous_amount(
        string example, decimal income, decimal tolerance, ReviewOutcome outcome, decimal amount)
    {
        var decision = Review(Urban(WorkingAdults(3)).Earning(income), 1340m,
            policy: PolicyParameters.Defaults with { ReviewAmountTolerance = tolerance });

        decision.Outcome.ShouldBe(outcome, example);
        decision.MonthlyAmount.ShouldBe(amount, example);
    }

    public static TheoryData<string, Member, decimal, ReviewOutcome> SinglePerson => new()
    {
        { "still grade 1, household at 1000 per head → continue 455", Aged(30, disability: Disability.Grade1), 3000m, ReviewOutcome.Continue },
        { "still grade 1, household reached 1170 per head → exit", Aged(30, disability: Disability.Grade1), 3510m, ReviewOutcome.Exit },
        { "no longer seriously ill → exit", Aged(30), 3000m, ReviewOutcome.Exit },
    };

    [Theory]
    [MemberData(nameof(SinglePerson))]
    public void Single_person_enrolment_lasts_while_the_member_qualifies_and_the_household_stays_below_the_marginal_line(
        string example, Member member, decimal income, ReviewOutcome outcome)
    {
        var household = Urban([member, .. WorkingAdults(2)]).Earning(income);

        var decision = ReviewDecider.Decide(
            new ReviewInput(household, ReviewedOn, 455m, SinglePersonIdNumber: member.IdNumber), PolicyParameters.Defaults);

        decision.Outcome.ShouldBe(outcome, example);
        decision.MonthlyAmount.ShouldBe(outcome == ReviewOutcome.Continue ? 455m : 0m, example);
    }

    [Fact]
    public void Single_person_who_left_the_household_exits()
    {
        var decision = ReviewDecider.Decide(
            new ReviewInput(Urban(WorkingAdults(2)).Earning(2000m), ReviewedOn, 455m, SinglePersonIdNumber: "140429199001010033"),
            PolicyParameters.Defaults);

        decision.Outcome.ShouldBe(ReviewOutcome.Exit);
    }
}
