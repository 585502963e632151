using Assistance.Domain.Cases;
using Assistance.Domain.Tests.Cases;
using Assistance.Domain.Values;
using Assistance.Domain.Worklists;
using NodaTime;
using static Assistance.Domain.Tests.Worklists.WorklistScenario;

namespace Assistance.Domain.Tests.Worklists;

public class WorklistRuleTests
{
    private static readonly LocalDate AppliedOn = new(2026, 1, 6);

    private static IReadOnlyDictionary<Worklist, IReadOnlyList<WorklistReason>> Lists(params (object, LocalDate)[] history)
    {
        var (c, facts) = Fold(history);
        return WorklistRules.Evaluate(c, facts, Days, Rules);
    }

    [Fact]
    public void An_enrolment_on_an_assessment_above_the_standard_should_exit_until_it_exits()
    {
        // 600 yuan for one person in a rural county: above the 585 standard.
        (object, LocalDate)[] history = [(Applied(AppliedOn), AppliedOn), (Assessed(new LocalDate(2026, 1, 12), 600m), new LocalDate(2026, 1, 12)),
            (Enrolled(new YearMonth(2026, 2)), new LocalDate(2026, 1, 20))];
        var reason = Lists(history)[Worklist.ShouldExit].ShouldHaveSingleItem();
        reason.Code.ShouldBe("income-above-standard");
        reason.DueOn.ShouldBe(new LocalDate(2026, 1, 12));

        Lists([.. history, (new CaseExited(ExitReason.IncomeAboveStandard, new YearMonth(2026, 3), "丙", null), new LocalDate(2026, 2, 20))])
            .ContainsKey(Worklist.ShouldExit).ShouldBeFalse();
    }

    [Fact]
    public void An_unverified_warning_keeps_the_case_on_should_exit_and_a_confirmed_one_until_a_review()
    {
        var warningId = Guid.NewGuid();
        (object, LocalDate)[] history = [(Applied(AppliedOn), AppliedOn), (Assessed(AppliedOn, 100m), AppliedOn), (Enrolled(new YearMonth(2026, 2)), AppliedOn),
            (new DataComparisonWarningRaised(warningId, CaseScenario.ApplicantId, "公安", "死亡", new LocalDate(2026, 3, 1), null, new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 16)), new LocalDate(2026, 3, 2))];
        Lists(history)[Worklist.ShouldExit].ShouldHaveSingleItem().DueOn.ShouldBe(new LocalDate(2026, 3, 16));
        Lists(history)[Worklist.Warnings].ShouldHaveSingleItem();

        var confirmed = new DataComparisonWarningVerified(warningId, VerificationOutcome.Confirmed, null, new LocalDate(2026, 3, 5), "乙");
        var lists = Lists([.. history, (confirmed, new LocalDate(2026, 3, 5))]);
        lists[Worklist.ShouldExit].ShouldHaveSingleItem().Code.ShouldBe("warning-confirmed");
        lists.ContainsKey(Worklist.Warnings).ShouldBeFalse();

        var dismissed = new DataComparisonWarningVerified(warningId, VerificationOutcome.Dismissed, "同名同号误报", new LocalDate(2026, 3, 5), "乙");
        Lists([.. history, (dismissed, new LocalDate(2026, 3, 5))]).ContainsKey(Worklist.ShouldExit).ShouldBeFalse();
    }

    [Fact]
    public void A_rejected_household_with_a_severely_disabled_member_is_a_single_person_candidate()
    {
        var disabled = new Member("李秀英", CaseScenario.SpouseId, Relation.Spouse, Disability.Grade2, LaborCapacity.None);
        var applicant = new Member("王大山", CaseScenario.ApplicantId, Relation.Self);
        var reason = Lists((Applied(AppliedOn, Program.Dibao, applicant, disabled), AppliedOn),
            (new ApplicationRejected(new YearMonth(2026, 2), "家庭人均收入高于低保标准", "丙"), new LocalDate(2026, 1, 28)))[Worklist.PossiblyEligible].ShouldHaveSingleItem();
        reason.Code.ShouldBe("single-person-candidate");
        reason.Text.ShouldContain("李秀英");
        reason.DueOn.ShouldBe(new LocalDate(2026, 1, 28));
    }

    [Fact]
    public void A_marginal_household_whose_income_fell_below_the_standard_is_possibly_eligible()
    {
        (object, LocalDate)[] history = [(Applied(AppliedOn, Program.Marginal), AppliedOn), (Assessed(AppliedOn, 700m), AppliedOn),
            (Enrolled(new YearMonth(2026, 2), Program.Marginal), AppliedOn)];
        // Only the yearly rescreening, which shows from its window on.
        Lists(history)[Worklist.PossiblyEligible].ShouldHaveSingleItem().Code.ShouldBe("marginal-rescreening");
        var review = new CaseReviewed(new LocalDate(2026, 5, 6), 400m, new Assets(), 0m, ReviewOutcome.Continue, 0m, new YearMonth(2026, 6), null, "乙", null);
        Lists([.. history, (review, review.ReviewedOn)])[Worklist.PossiblyEligible].Select(r => r.Code)
            .ShouldBe(["marginal-rescreening", "marginal-below-standard"], ignoreOrder: true);
    }
}
