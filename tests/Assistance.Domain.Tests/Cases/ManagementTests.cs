using Assistance.Domain.Cases;
using Assistance.Domain.Entitlements;
using Assistance.Domain.Values;
using NodaTime;
using static Assistance.Domain.Tests.Cases.CaseScenario;

namespace Assistance.Domain.Tests.Cases;

public class ReviewTests
{
    private static readonly ReviewCase Review = new(new LocalDate(2025, 10, 8), 900m, new Assets(), 0m, "调查员乙", null);

    private static ReviewFinding Finding(ReviewOutcome outcome, decimal amount, YearMonth? until = null) =>
        new(outcome, amount, new YearMonth(2025, 11), until, new LocalDate(2026, 4, 8));

    [Fact]
    public void No_review_of_a_case_that_is_not_enrolled() =>
        ReviewDecision.Record(Given(Applied(), Committed(), Assessed()), Review, Finding(ReviewOutcome.Continue, 770m), Rules, Today)
            .ShouldRefuse("未纳入").Detail.ShouldContain("审批确认");

    [Fact]
    public void A_decrease_starts_a_new_segment_from_the_effective_month()
    {
        var state = Given(Applied(), Committed(), Assessed(), Enrolled());
        state.Apply(ReviewDecision.Record(state, Review, Finding(ReviewOutcome.Decrease, 500m), Rules, Today).ShouldAccept<CaseReviewed>());
        state.MonthlyAmount.ShouldBe(500m);
        state.NextReviewDue.ShouldBe(new LocalDate(2026, 4, 8));
        state.Segments.Select(s => (s.From, s.To, s.MonthlyAmount)).ShouldBe(
        [
            (new YearMonth(2025, 4), (YearMonth?)new YearMonth(2025, 10), 770m),
            (new YearMonth(2025, 11), null, 500m),
        ]);
    }

    [Fact]
    public void A_gradual_exit_pays_until_its_end_month_and_a_later_review_may_return_the_case_to_regular_dibao_N2_Art33()
    {
        var state = Given(Applied(), Committed(), Assessed(), Enrolled());
        state.Apply(ReviewDecision.Record(state, Review, Finding(ReviewOutcome.GradualExit, 770m, new YearMonth(2026, 4)), Rules, Today).ShouldAccept<CaseReviewed>());
        state.Status.ShouldBe(CaseStatus.GradualExit);
        state.GradualExitUntil.ShouldBe(new YearMonth(2026, 4));
        state.Segments[^1].ShouldBe(new EntitlementSegment(Program.Dibao, new YearMonth(2025, 11), new YearMonth(2026, 4), 2, 770m, GradualExit: true));
        state.Apply(ReviewDecision.Record(state, Review with { ReviewedOn = new LocalDate(2025, 12, 8) },
            Finding(ReviewOutcome.Continue, 770m) with { EffectiveMonth = new YearMonth(2026, 1) }, Rules, Today).ShouldAccept<CaseReviewed>());
        state.Status.ShouldBe(CaseStatus.Enrolled);
        state.GradualExitUntil.ShouldBeNull();
        state.Segments[^1].ShouldBe(new EntitlementSegment(Program.Dibao, new YearMonth(2026, 1), null, 2, 770m));
    }

    [Fact]
    public void An_exit_finding_closes_the_case_from_its_effective_month()
    {
        var state = Given(Applied(), Committed(), Assessed(), Enrolled());
        var e = ReviewDecision.Record(state, Review, Finding(ReviewOutcome.Exit, 0m), Rules, Today).ShouldAccept<CaseReviewed>();
        e.NextReviewDue.ShouldBeNull();
        state.Apply(e);
        state.Status.ShouldBe(CaseStatus.Exited);
        state.Segments.ShouldHaveSingleItem().To.ShouldBe(new YearMonth(2025, 10));
    }
}

public class ExitTests
{
    [Fact]
    public void A_backdated_exit_rewrites_the_tail_of_the_timeline()
    {
        var state = Given(Applied(), Committed(), Assessed(), Enrolled(),
            new CaseReviewed(new LocalDate(2025, 9, 1), 500m, new Assets(), 0, ReviewOutcome.Decrease, 600m, new YearMonth(2025, 10), null, "乙", null));
        var e = ExitDecision.Decide(state, new ExitCase(ExitReason.Death, new YearMonth(2025, 8), "科长丙", null)).ShouldAccept<CaseExited>();
        state.Apply(e);
        state.Status.ShouldBe(CaseStatus.Exited);
        state.Segments.ShouldHaveSingleItem().ShouldBe(new EntitlementSegment(Program.Dibao, new YearMonth(2025, 4), new YearMonth(2025, 7), 2, 770m));
    }

    [Fact]
    public void Only_enrolled_cases_exit() =>
        ExitDecision.Decide(Given(Applied(), Committed()), new ExitCase(ExitReason.Voluntary, new YearMonth(2025, 5), "丙", null)).ShouldRefuse("未纳入");

    [Fact]
    public void An_exit_before_the_enrolment_month_is_refused() =>
        ExitDecision.Decide(Given(Applied(), Committed(), Assessed(), Enrolled()), new ExitCase(ExitReason.Voluntary, new YearMonth(2025, 3), "丙", null))
            .ShouldRefuse("早于纳入");

    [Fact]
    public void Nothing_but_temporary_assistance_after_exit()
    {
        var state = Given(Applied(), Committed(), Assessed(), Enrolled(), new CaseExited(ExitReason.Voluntary, new YearMonth(2025, 6), "丙", null));
        ExitDecision.Decide(state, new ExitCase(ExitReason.Voluntary, new YearMonth(2025, 7), "丙", null)).ShouldRefuse("已终止");
        ReviewDecision.Record(state, new ReviewCase(new LocalDate(2025, 7, 1), 0, new Assets(), 0, "乙", null),
            new ReviewFinding(ReviewOutcome.Continue, 1, new YearMonth(2025, 8), null, null), Rules, Today).ShouldRefuse("已终止");
        CommitDecision.Decide(state, new SignDualCommitment(true, true, AppliedOn, "甲", null)).ShouldRefuse("已终止");
        AssessDecision.Decide(state, new AssessEconomicStatus(AppliedOn, 0, new Assets(), 0, "乙", null), Rules, Today).ShouldRefuse("已终止");
        ApprovalDecision.Enrol(state, new EnrolmentTerms(Program.Dibao, new YearMonth(2025, 8), 1, "丙", null)).ShouldRefuse("已终止");
        ChangeMembersDecision.Decide(state, new ChangeHouseholdMembers(MemberChangeKind.Birth,
            new Member("婴", Id("140429", "20250701", "003"), Relation.Child), new LocalDate(2025, 7, 1), new YearMonth(2025, 8), "甲"), Rules, Today)
            .ShouldRefuse("已终止");
        GrantTemporaryDecision.Decide(state, new GrantTemporaryAssistance(TemporaryKind.Emergency, 1000m, new LocalDate(2025, 7, 2), "火灾", "甲"))
            .ShouldAccept<TemporaryAssistanceGranted>();
    }
}

public class TemporaryAssistanceTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    public void A_grant_must_be_positive(decimal amount) =>
        GrantTemporaryDecision.Decide(Given(Applied()), new GrantTemporaryAssistance(TemporaryKind.Expenditure, amount, AppliedOn, "医疗", "甲"))
            .ShouldRefuse("大于零");

    [Fact]
    public void A_grant_is_recorded_on_the_case()
    {
        var state = Given(Applied());
        state.Apply(GrantTemporaryDecision.Decide(state, new GrantTemporaryAssistance(TemporaryKind.Emergency, 1500m, AppliedOn, "火灾", "甲"))
            .ShouldAccept<TemporaryAssistanceGranted>());
        state.TemporaryGrants.ShouldHaveSingleItem().Amount.ShouldBe(1500m);
    }
}

public class MemberChangeTests
{
    private static readonly Member Baby = new("王小宝", Id("140429", "20250901", "005"), Relation.Child);

    [Fact]
    public void A_birth_in_an_enrolled_household_adds_an_enrolled_person_from_its_month()
    {
        var state = Given(Applied(), Committed(), Assessed(), Enrolled());
        state.Apply(ChangeMembersDecision.Decide(state, new ChangeHouseholdMembers(MemberChangeKind.Birth, Baby, new LocalDate(2025, 9, 1),
            new YearMonth(2025, 10), "甲", 1100m), Rules, Today).ShouldAccept<HouseholdMembersChanged>());
        state.EnrolledPersons.ShouldBe(3);
        state.MonthlyAmount.ShouldBe(1100m);
        state.Segments.Select(s => (s.From, s.Persons, s.MonthlyAmount)).ShouldBe(
            [(new YearMonth(2025, 4), 2, 770m), (new YearMonth(2025, 10), 3, 1100m)]);
    }

    [Fact]
    public void A_member_cannot_join_twice() =>
        ChangeMembersDecision.Decide(Given(Applied()), new ChangeHouseholdMembers(MemberChangeKind.MovedIn,
            new Member("李秀英", SpouseId, Relation.Spouse), AppliedOn, new YearMonth(2025, 4), "甲"), Rules, Today).ShouldRefuse("已在本户");

    [Fact]
    public void Only_members_can_leave() =>
        ChangeMembersDecision.Decide(Given(Applied()), new ChangeHouseholdMembers(MemberChangeKind.MovedOut, Baby, AppliedOn,
            new YearMonth(2025, 4), "甲"), Rules, Today).ShouldRefuse("不在本户");

    [Fact]
    public void A_death_removes_the_member_and_the_enrolled_person()
    {
        var state = Given(Applied(), Committed(), Assessed(), Enrolled());
        state.Apply(ChangeMembersDecision.Decide(state, new ChangeHouseholdMembers(MemberChangeKind.Death,
            new Member("李秀英", SpouseId, Relation.Spouse), new LocalDate(2025, 6, 3), new YearMonth(2025, 7), "甲"), Rules, Today).ShouldAccept<HouseholdMembersChanged>());
        state.Members.Count.ShouldBe(1);
        state.EnrolledPersons.ShouldBe(1);
    }

    [Fact]
    public void The_single_enrolled_person_leaving_is_an_exit_not_a_member_change()
    {
        var state = Given(Applied(singlePerson: SpouseId), Committed(), Assessed(),
            Enrolled() with { EnrolledIdNumbers = [SpouseId], MonthlyAmount = 313m });
        ChangeMembersDecision.Decide(state, new ChangeHouseholdMembers(MemberChangeKind.Death,
            new Member("李秀英", SpouseId, Relation.Spouse), new LocalDate(2025, 6, 3), new YearMonth(2025, 7), "甲"), Rules, Today).ShouldRefuse("单独申请");
    }

    [Fact]
    public void The_last_member_leaving_is_an_exit_not_a_member_change()
    {
        var state = Given(Applied(), Committed(), Assessed(), Enrolled());
        state.Apply(ChangeMembersDecision.Decide(state, new ChangeHouseholdMembers(MemberChangeKind.Death,
            new Member("李秀英", SpouseId, Relation.Spouse), new LocalDate(2025, 6, 3), new YearMonth(2025, 7), "甲"), Rules, Today).ShouldAccept<HouseholdMembersChanged>());
        ChangeMembersDecision.Decide(state, new ChangeHouseholdMembers(MemberChangeKind.Death,
            new Member("王大山", ApplicantId, Relation.Self), new LocalDate(2025, 8, 3), new YearMonth(2025, 9), "甲"), Rules, Today).ShouldRefuse("仅剩一名");
    }
}
