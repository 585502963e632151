using Assistance.Domain.Cases;
using Assistance.Domain.Tests.Cases;
using Assistance.Domain.Values;
using Assistance.Domain.Worklists;
using NodaTime;
using static Assistance.Domain.Tests.Worklists.WorklistScenario;

namespace Assistance.Domain.Tests.Worklists;

public class TimeCausedEventTests
{
    private static readonly LocalDate AppliedOn = new(2026, 1, 6);

    private static (object, LocalDate) On(object e, LocalDate day) => (e, day);

    [Fact]
    public void An_able_bodied_household_is_reviewed_six_months_after_payment_starts_and_listed_a_month_before()
    {
        var (c, facts) = Fold(On(Applied(AppliedOn), AppliedOn), On(Enrolled(new YearMonth(2026, 2)), AppliedOn));
        ScheduledReview.DueOn(c, Rules).ShouldBe(new LocalDate(2026, 8, 1));

        TimeCausedEvents.On(new LocalDate(2026, 6, 30), c, facts, Rules).ShouldBeEmpty();
        TimeCausedEvents.On(new LocalDate(2026, 7, 1), c, facts, Rules).ShouldBe([new ReviewBecameDue(new LocalDate(2026, 8, 1), new LocalDate(2026, 7, 1))]);
    }

    [Fact]
    public void A_household_of_elderly_and_severely_disabled_members_is_reviewed_yearly()
    {
        var elderly = new Member("老王", CaseScenario.Id("140429", "19500101", "011"), Relation.Self);
        var disabled = new Member("小王", CaseScenario.Id("140429", "19900101", "022"), Relation.Child, Disability.Grade1);
        var (c, _) = Fold(On(Applied(AppliedOn, Program.Dibao, elderly, disabled), AppliedOn),
            On(new EnrolmentApproved(Program.Dibao, new YearMonth(2026, 2), 900m, [elderly.IdNumber, disabled.IdNumber], "丙", null), AppliedOn));
        ScheduledReview.DueOn(c, Rules).ShouldBe(new LocalDate(2027, 2, 1));
    }

    [Fact]
    public void A_review_moves_the_schedule_and_a_recorded_due_event_is_not_recorded_again()
    {
        var due = new LocalDate(2026, 8, 1);
        var (c, facts) = Fold(On(Applied(AppliedOn), AppliedOn), On(Enrolled(new YearMonth(2026, 2)), AppliedOn),
            On(new ReviewBecameDue(due, new LocalDate(2026, 7, 1)), new LocalDate(2026, 7, 1)));
        TimeCausedEvents.On(new LocalDate(2026, 7, 2), c, facts, Rules).ShouldBeEmpty();
        TimeCausedEvents.On(new LocalDate(2026, 8, 2), c, facts, Rules).ShouldBe([new ReviewOverdue(due, new LocalDate(2026, 8, 2))]);

        var reviewed = new CaseReviewed(new LocalDate(2026, 8, 5), 300m, new Assets(), 0m, ReviewOutcome.Continue, 500m, new YearMonth(2026, 9), null, "乙", null);
        CaseEventFold.Apply(c, reviewed);
        facts.Record(reviewed, new LocalDate(2026, 8, 5));
        ScheduledReview.DueOn(c, Rules).ShouldBe(new LocalDate(2027, 2, 5));
        TimeCausedEvents.On(new LocalDate(2026, 8, 6), c, facts, Rules).ShouldBeEmpty();
    }

    [Fact]
    public void A_gradual_exit_ends_with_an_exit_from_the_month_after_its_last_month()
    {
        var (c, facts) = Fold(On(Applied(AppliedOn), AppliedOn), On(Enrolled(new YearMonth(2026, 2)), AppliedOn),
            On(new CaseReviewed(new LocalDate(2026, 3, 10), 900m, new Assets(), 0m, ReviewOutcome.GradualExit, 500m, new YearMonth(2026, 4),
                new YearMonth(2026, 6), "乙", null), new LocalDate(2026, 3, 10)));
        TimeCausedEvents.On(new LocalDate(2026, 6, 30), c, facts, Rules).ShouldBeEmpty();
        var exit = TimeCausedEvents.On(new LocalDate(2026, 7, 1), c, facts, Rules).ShouldHaveSingleItem().ShouldBeOfType<CaseExited>();
        exit.Reason.ShouldBe(ExitReason.GradualExitEnded);
        exit.EffectiveMonth.ShouldBe(new YearMonth(2026, 7));
        exit.DecidedBy.ShouldBe("系统");
    }
}
