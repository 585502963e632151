using Assistance.Domain.Calendar;
using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Domain.Worklists;
using NodaTime;
using static Assistance.Domain.Tests.Cases.CaseScenario;
using Assistance.Domain.Policy;
using Assistance.Domain.Eligibility;
using Assistance.Domain.TemporaryAssistance;

namespace Assistance.Domain.Tests.Cases;

/// <summary>
/// Worked examples of the rules the deciders take, each named after the rule and the regulation it follows. Rural county,
/// shipped defaults: 低保标准 585, 低保边缘 line 877.50, 分类施保 104, 特困 900 + care fee 191/319/478.
/// </summary>
public class RulesAsTheRegulationsSayTests
{
    private static readonly LocalDate AssessedOn = AppliedOn.PlusDays(5);
    private static readonly LocalDate DecidedOn = new(2025, 3, 20);

    private static EconomicStatusAssessed AssessedWith(decimal income) => Assessed() with { MonthlyIncome = income };

    private static ApproveEnrolment Approve(Program? program = null) => new(program, DecidedOn, null, null, null, "科长丙");

    private static CountyPolicy CountyWith(PolicyParameters parameters) =>
        CountyPolicy.Create(new CountyPolicySet("140429", new YearMonth(2000, 1), parameters, "管理员", null));

    [Fact]
    public void Tekun_needs_income_below_the_dibao_standard_N3_Art6()
    {
        // Given a 70-year-old living alone whose income (700) is above the 低保标准 585 but below the 特困 standard 900
        var elderly = new Member("张老汉", Id("140429", "19550315", "011"), Relation.Self);
        var state = Given(Applied() with { Members = [elderly] }, Committed());
        // When the household is assessed
        var finding = AssessDecision.Decide(state, new AssessEconomicStatus(AssessedOn, 700m, new Assets(), 0, "调查员乙", null), Rules, Today)
            .ShouldAccept<EconomicStatusAssessed>();
        // Then he has a livelihood: 低保边缘, not 特困
        finding.Classification.ShouldBe(HouseholdClassification.Marginal);
        finding.TekunIdNumbers.ShouldBeEmpty();
    }

    [Fact]
    public void A_seriously_ill_parent_is_not_by_that_alone_unable_to_support_N3_Art8()
    {
        // Given a 10-year-old and her seriously ill 40-year-old father, with no income
        var state = Given(Applied() with { Members =
        [
            new Member("王父", Id("140429", "19850101", "012"), Relation.Self, SeriousIllness: true),
            new Member("王女", Id("140429", "20150101", "013"), Relation.Child),
        ] }, Committed());
        // When assessed, the father is an able supporter: the household is 低保, the child is not 特困
        AssessDecision.Decide(state, new AssessEconomicStatus(AssessedOn, 0m, new Assets(), 0, "调查员乙", null), Rules, Today)
            .ShouldAccept<EconomicStatusAssessed>().Classification.ShouldBe(HouseholdClassification.EligibleDibao);
    }

    [Fact]
    public void Each_supported_tekun_person_is_paid_the_tekun_amount_with_their_own_care_fee_N3_Art20()
    {
        // Given a 68-year-old grandmother (partly unable to care for herself) and her 10-year-old grandson, no income
        var grandmother = new Member("李奶奶", Id("140429", "19570315", "014"), Relation.Self);
        var grandson = new Member("李小明", Id("140429", "20150315", "015"), Relation.Grandchild);
        var state = Given(Applied() with { Program = Program.Tekun, Members = [grandmother, grandson] }, Committed());
        var selfReliant = new SelfCareAssessment(true, true, true, true, true, true);
        var assessed = AssessDecision.Decide(state, new AssessEconomicStatus(AssessedOn, 0m, new Assets(), 0, "调查员乙", null, SelfCare: selfReliant,
            MemberSelfCare: [new MemberSelfCare(grandmother.IdNumber, selfReliant with { Bathing = false })]), Rules, Today).ShouldAccept<EconomicStatusAssessed>();
        assessed.TekunIdNumbers.ShouldBe([grandmother.IdNumber, grandson.IdNumber]);
        state.Apply(assessed);
        // When approved as 特困
        var approved = ApprovalDecision.Decide(state, Approve(), Rules, Today).ShouldAccept<EnrolmentApproved>();
        // Then both are supported: (900 + 319) + (900 + 191) = 2310, two persons
        approved.MonthlyAmount.ShouldBe(2310m);
        approved.EnrolledIdNumbers.ShouldBe([grandmother.IdNumber, grandson.IdNumber]);
    }

    [Fact]
    public void No_dibao_enrolment_at_or_above_the_standard_N1_Art9()
    {
        // Given a household of two whose income is 1170: exactly 585 per head, the standard itself (not below it)
        var state = Given(Applied(), Committed(), AssessedWith(1170m));
        // When approved as 低保, the computed amount would be 0: refused, naming 低保边缘 as the way
        ApprovalDecision.Decide(state, Approve(), Rules, Today).ShouldRefuse("不低于低保标准").Detail.ShouldContain("Marginal");
        // Then as 低保边缘 it is accepted, paying nothing
        ApprovalDecision.Decide(state, Approve(Program.Marginal), Rules, Today).ShouldAccept<EnrolmentApproved>().MonthlyAmount.ShouldBe(0m);
    }

    [Fact]
    public void Payment_starts_the_month_after_the_decision_N2_Art21()
    {
        var state = Given(Applied(), Committed(), Assessed());
        // Given a decision taken on 20 March 2025 (recorded later): payment starts in April by default
        var approved = ApprovalDecision.Decide(state, Approve(), Rules, Today).ShouldAccept<EnrolmentApproved>();
        approved.EffectiveMonth.ShouldBe(new YearMonth(2025, 4));
        approved.DecidedOn.ShouldBe(DecidedOn);
        // An earlier month is refused unless the county allows back-dating to the application month
        var march = Approve() with { EffectiveMonth = new YearMonth(2025, 3) };
        ApprovalDecision.Decide(state, march, Rules, Today).ShouldRefuse("发放起始月份");
        ApprovalDecision.Decide(state, march, CountyWith(PolicyParameters.Defaults with { BackDatingToApplicationMonth = true }), Today)
            .ShouldAccept<EnrolmentApproved>().EffectiveMonth.ShouldBe(new YearMonth(2025, 3));
        ApprovalDecision.Decide(state, march with { EffectiveMonth = new YearMonth(2025, 2) },
            CountyWith(PolicyParameters.Defaults with { BackDatingToApplicationMonth = true }), Today).ShouldRefuse("早于申请月份");
        // A county paying from the second month after the decision
        ApprovalDecision.Decide(state, Approve(), CountyWith(PolicyParameters.Defaults with { PaymentStartsMonthsAfterDecision = 2 }), Today)
            .ShouldAccept<EnrolmentApproved>().EffectiveMonth.ShouldBe(new YearMonth(2025, 5));
        // Never a decision in the future, never one before the assessment
        ApprovalDecision.Decide(state, Approve() with { DecidedOn = Today.PlusDays(1) }, Rules, Today).ShouldRefuse("晚于今天");
        ApprovalDecision.Decide(state, Approve() with { DecidedOn = AssessedOn.PlusDays(-1) }, Rules, Today).ShouldRefuse("早于经济状况认定");
        // Without a date, the decision is dated today
        ApprovalDecision.Decide(state, Approve() with { DecidedOn = null }, Rules, Today).ShouldAccept<EnrolmentApproved>()
            .EffectiveMonth.ShouldBe(Today.ToYearMonth().PlusMonths(1));
    }

    [Fact]
    public void Single_person_enrolment_only_where_the_household_as_a_whole_is_not_eligible_N5_1_1_and_N2_Art8()
    {
        // Given the wife (grade 1 disability) applying alone from a household below the standard (400 for two)
        var eligible = Given(Applied(singlePerson: SpouseId), Committed(), Assessed());
        // Then enrolling only her is partial enrolment of an eligible household
        ApprovalDecision.Decide(eligible, Approve(), Rules, Today).ShouldRefuse("整户符合低保条件");
        // Given instead a household in the 低保边缘 band (1300 for two: 650 per head)
        var marginal = Given(Applied(singlePerson: SpouseId), Committed(), AssessedWith(1300m));
        // Then she is enrolled alone: 313 + her 分类施保 104
        var approved = ApprovalDecision.Decide(marginal, Approve(), Rules, Today).ShouldAccept<EnrolmentApproved>();
        approved.EnrolledIdNumbers.ShouldBe([SpouseId]);
        approved.MonthlyAmount.ShouldBe(417m);
        // And the valid 单人保 case is not on should-exit for income above the 低保标准
        marginal.Apply(approved);
        WorklistRules.Evaluate(marginal, new CaseFacts(), WorkingDayCalendar.WithDefaults(), WorklistPolicy.Defaults)
            .ContainsKey(Worklist.ShouldExit).ShouldBeFalse();
    }

    [Fact]
    public void Classified_addons_follow_the_month_a_member_turns_60_or_18_N1_Art12()
    {
        // Given a household of three: the applicant turns 60 on 15 July 2025, the son turns 18 on 1 October 2025; income 400
        var state = Given(Applied() with { Members =
        [
            new Member("王大山", Id("140429", "19650715", "021"), Relation.Self),
            new Member("李秀英", Id("140429", "19700101", "022"), Relation.Spouse),
            new Member("王小明", Id("140429", "20071001", "023"), Relation.Child),
        ] }, Committed(), Assessed());
        // When approved from April 2025: 585 × 3 − 400 = 1355, plus 104 for the son (under 18)
        var approved = ApprovalDecision.Decide(state, Approve(), Rules, Today).ShouldAccept<EnrolmentApproved>();
        approved.MonthlyAmount.ShouldBe(1459m);
        state.Apply(approved);
        // Then the timeline adds the applicant's 分类施保 from August (aged 60 on its first day), drops the son's from October,
        // and (should nothing change before) adds the wife's from January 2030 and the son's again when he turns 60
        state.Segments.Select(s => (s.From, s.To, s.MonthlyAmount)).ShouldBe(
        [
            (new YearMonth(2025, 4), (YearMonth?)new YearMonth(2025, 7), 1459m),
            (new YearMonth(2025, 8), (YearMonth?)new YearMonth(2025, 9), 1563m),
            (new YearMonth(2025, 10), (YearMonth?)new YearMonth(2029, 12), 1459m),
            (new YearMonth(2030, 1), (YearMonth?)new YearMonth(2067, 9), 1563m),
            (new YearMonth(2067, 10), null, 1667m),
        ]);
    }

    [Fact]
    public void After_a_death_the_remaining_household_is_paid_from_the_month_after_N5_1_3()
    {
        // Given a household of two enrolled at 770 from April 2025, assessed with 400 income
        var state = Given(Applied(), Committed(), Assessed(), Enrolled());
        var death = new ChangeHouseholdMembers(MemberChangeKind.Death, new Member("李秀英", SpouseId, Relation.Spouse), new LocalDate(2025, 6, 3), null, "甲");
        // When the wife dies on 3 June
        var changed = ChangeMembersDecision.Decide(state, death, Rules, Today).ShouldAccept<HouseholdMembersChanged>();
        // Then from July the husband alone is paid 585 − 400 = 185
        changed.EffectiveMonth.ShouldBe(new YearMonth(2025, 7));
        changed.NewMonthlyAmount.ShouldBe(185m);
        state.Apply(changed);
        // (and 104 more from January 2040, when he turns 60)
        state.Segments.Select(s => (s.From, s.Persons, s.MonthlyAmount)).ShouldBe(
            [(new YearMonth(2025, 4), 2, 770m), (new YearMonth(2025, 7), 1, 185m), (new YearMonth(2040, 1), 1, 289m)]);

        // A county that prefers a recheck gets a review due within three months instead
        var recheck = ChangeMembersDecision.Decide(Given(Applied(), Committed(), Assessed(), Enrolled()), death,
            CountyWith(PolicyParameters.Defaults with { RecomputeAmountOnDeath = false }), Today).ShouldAccept<HouseholdMembersChanged>();
        recheck.NewMonthlyAmount.ShouldBeNull();
        recheck.RecheckDueOn.ShouldBe(new LocalDate(2025, 9, 3));
    }

    [Fact]
    public void Temporary_assistance_once_per_person_per_year_across_all_cases_peer_practice_and_N6()
    {
        // Given the husband had a grant on another case in February 2025
        var state = Given(Applied());
        var elsewhere = new[] { new PriorTemporaryGrant(new LocalDate(2025, 2, 1), [ApplicantId]) };
        var grant = new GrantTemporaryAssistance(TemporaryKind.Emergency, 500m, AppliedOn, "火灾", "镇民政办");
        // Then a second grant in 2025 needs the county's case-by-case decision
        GrantTemporaryDecision.Decide(state, grant, PolicyParameters.Defaults, elsewhere).ShouldRefuse("超出");
        GrantTemporaryDecision.Decide(state, grant with { DecidedByCounty = true }, PolicyParameters.Defaults, elsewhere)
            .ShouldAccept<TemporaryAssistanceGranted>();
    }

    [Fact]
    public void Expenditure_type_temporary_assistance_goes_through_the_full_procedure_N6_2_2()
    {
        var state = Given(Applied());
        var grant = new GrantTemporaryAssistance(TemporaryKind.Expenditure, 500m, AppliedOn, "就医支出", "镇民政办");
        GrantTemporaryDecision.Decide(state, grant, PolicyParameters.Defaults).ShouldRefuse("支出型临时救助须经县级审批");
        GrantTemporaryDecision.Decide(state, grant with { DecidedByCounty = true }, PolicyParameters.Defaults).ShouldAccept<TemporaryAssistanceGranted>();
    }

    [Fact]
    public void A_household_in_gradual_exit_can_be_reviewed_back_to_regular_dibao_N2_Art33()
    {
        // Given a household in 渐退 from November 2025 to April 2026
        var state = Given(Applied(), Committed(), Assessed(), Enrolled(), new CaseReviewed(new LocalDate(2025, 10, 8), 1000m, new Assets(), 0m,
            ReviewOutcome.GradualExit, 666m, new YearMonth(2025, 11), new YearMonth(2026, 4), "乙", null));
        // When the new job is lost and a review finds 400 again
        var review = new ReviewCase(new LocalDate(2025, 12, 10), 400m, new Assets(), 0m, "调查员乙", null);
        var reviewed = ReviewDecision.Decide(state, review, Rules, Today).ShouldAccept<CaseReviewed>();
        // Then the case is regular 低保 again from January: 1170 − 400 = 770 plus the wife's 分类施保 104
        reviewed.Outcome.ShouldBe(ReviewOutcome.Increase);
        reviewed.MonthlyAmount.ShouldBe(874m);
        state.Apply(reviewed);
        state.Status.ShouldBe(CaseStatus.Enrolled);
        // And a review finding income at the 低保边缘 line ends it early
        var ended = Given(Applied(), Committed(), Assessed(), Enrolled(), new CaseReviewed(new LocalDate(2025, 10, 8), 1000m, new Assets(), 0m,
            ReviewOutcome.GradualExit, 666m, new YearMonth(2025, 11), new YearMonth(2026, 4), "乙", null));
        ReviewDecision.Decide(ended, review with { MonthlyIncome = 1755m }, Rules, Today).ShouldAccept<CaseReviewed>().Outcome.ShouldBe(ReviewOutcome.Exit);
    }

    [Fact]
    public void Per_capita_income_is_cut_to_the_fen_everywhere_and_equal_to_the_standard_is_not_below_it_N1_Art9()
    {
        // Given an enrolled household of two reviewed with 1170: exactly 585 per head
        var atStandard = Given(Applied(), Committed(), Assessed(), Enrolled(),
            new CaseReviewed(new LocalDate(2025, 10, 8), 1170m, new Assets(), 0m, ReviewOutcome.Continue, 770m, new YearMonth(2025, 11), null, "乙", null));
        WorklistRules.Evaluate(atStandard, new CaseFacts(), WorkingDayCalendar.WithDefaults(), WorklistPolicy.Defaults)[Worklist.ShouldExit]
            .ShouldHaveSingleItem().Text.ShouldContain("585.00");
        // Given a 低保边缘 household of two with 1169.99: 584.995 per head, cut to 584.99 (not rounded to 585.00), below the standard
        var marginal = Given(Applied(), Committed(), AssessedWith(1169.99m),
            new EnrolmentApproved(Program.Marginal, new YearMonth(2025, 4), 0m, [ApplicantId, SpouseId], "科长丙", null));
        WorklistRules.Evaluate(marginal, new CaseFacts(), WorkingDayCalendar.WithDefaults(), WorklistPolicy.Defaults)[Worklist.PossiblyEligible]
            .ShouldContain(r => r.Code == "marginal-below-standard" && r.Text.Contains("584.99"));
    }

    [Fact]
    public void A_review_date_passed_is_on_reviews_due_whatever_facts_the_daily_job_recorded()
    {
        // Given an enrolment whose review fell due on 1 April 2025, with no 复核到期 fact ever recorded (a sample load, an import)
        var state = Given(Applied(), Committed(), Assessed(), Enrolled() with { NextReviewDue = new LocalDate(2025, 4, 1) });
        var reason = WorklistRules.Evaluate(state, new CaseFacts(), WorkingDayCalendar.WithDefaults(), WorklistPolicy.Defaults)[Worklist.ReviewsDue]
            .ShouldHaveSingleItem();
        // Then the list shows it from the window's opening on, due on the review date (overdue counted against today when read)
        reason.DueOn.ShouldBe(new LocalDate(2025, 4, 1));
        reason.VisibleFrom.ShouldBe(new LocalDate(2025, 3, 1));
    }
}
