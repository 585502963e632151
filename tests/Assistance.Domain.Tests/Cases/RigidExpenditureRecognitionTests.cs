using Assistance.Domain.Cases;
using Assistance.Domain.Eligibility;
using Assistance.Domain.Policy;
using Assistance.Domain.Statistics;
using Assistance.Domain.Values;
using Assistance.Domain.Worklists;
using NodaTime;
using static Assistance.Domain.Tests.Cases.CaseScenario;

namespace Assistance.Domain.Tests.Cases;

/// <summary>
/// 刚性支出困难 recognised by the county's written decision (N9 Art.7) for <see cref="TimeLimits.RigidExpenditureValidityMonths"/>
/// (Art.10): counted as its own program for those months, then ended by the daily job, and counted as 认定有效期满.
/// </summary>
public class RigidExpenditureRecognitionTests
{
    private static readonly LocalDate DecidedOn = new(2025, 3, 25);

    private static EconomicStatusAssessed AssessedAs(HouseholdClassification classification) =>
        Assessed() with { MonthlyIncome = 2000m, Classification = classification, RigidSpending = new RigidSpending(Medical: 15000m) };

    private static ApproveEnrolment Recognise() => new(Program.RigidExpenditure, DecidedOn, null, null, null, "科长丙");

    [Fact]
    public void A_recognised_household_is_enrolled_without_amount_or_review_until_its_validity_ends()
    {
        var state = Given(Applied(), Committed(), AssessedAs(HouseholdClassification.RigidExpenditureHardship));

        var approved = ApprovalDecision.Decide(state, Recognise(), Rules, Today).ShouldAccept<EnrolmentApproved>();

        approved.Program.ShouldBe(Program.RigidExpenditure);
        approved.EffectiveMonth.ShouldBe(new YearMonth(2025, 4));
        approved.MonthlyAmount.ShouldBe(0m);
        approved.NextReviewDue.ShouldBeNull();
        approved.RecognisedUntil.ShouldBe(new YearMonth(2026, 3));
        Given(Applied(), Committed(), AssessedAs(HouseholdClassification.RigidExpenditureHardship), approved).Segments
            .ShouldHaveSingleItem().ShouldBe(new Entitlements.EntitlementSegment(Program.RigidExpenditure, new YearMonth(2025, 4), new YearMonth(2026, 3), 2, 0m, PolicyVersion: 0));
    }

    [Fact]
    public void A_household_the_assessment_did_not_recognise_cannot_be_recognised() =>
        ApprovalDecision.Decide(Given(Applied(), Committed(), AssessedAs(HouseholdClassification.NotEligible)), Recognise(), Rules, Today)
            .ShouldRefuse("未认定为刚性支出困难家庭");

    [Fact]
    public void The_validity_follows_the_county_parameter_in_force_in_the_first_month()
    {
        var rules = CountyPolicy.Create(new CountyPolicySet("140429", new YearMonth(2025, 4),
            PolicyParameters.Defaults with { TimeLimits = new TimeLimits { RigidExpenditureValidityMonths = 6 } }, "管理员周", null));

        ApprovalDecision.Decide(Given(Applied(), Committed(), AssessedAs(HouseholdClassification.RigidExpenditureHardship)), Recognise(), rules, Today)
            .ShouldAccept<EnrolmentApproved>().RecognisedUntil.ShouldBe(new YearMonth(2025, 9));
    }

    [Fact]
    public void The_daily_job_ends_the_recognition_the_month_after_its_last_month_and_the_statistics_count_it_as_expired()
    {
        var approved = ApprovalDecision.Decide(Given(Applied(), Committed(), AssessedAs(HouseholdClassification.RigidExpenditureHardship)), Recognise(), Rules, Today)
            .ShouldAccept<EnrolmentApproved>();
        var state = Given(Applied(), Committed(), AssessedAs(HouseholdClassification.RigidExpenditureHardship), approved);

        TimeCausedEvents.On(new LocalDate(2026, 3, 31), state, new CaseFacts(), WorklistPolicy.Defaults).ShouldBeEmpty();
        var ended = TimeCausedEvents.On(new LocalDate(2026, 4, 1), state, new CaseFacts(), WorklistPolicy.Defaults).ShouldHaveSingleItem().ShouldBeOfType<CaseExited>();
        ended.Reason.ShouldBe(ExitReason.RecognitionExpired);
        ended.EffectiveMonth.ShouldBe(new YearMonth(2026, 4));

        CaseFlows.Of(CaseTimeline.Of(state)).ShouldBe([
            new CaseFlow(Program.RigidExpenditure, new YearMonth(2025, 4), Residence.Rural, FlowKind.New, 1, 2),
            new CaseFlow(Program.RigidExpenditure, new YearMonth(2026, 4), Residence.Rural, FlowKind.Exited, 1, 2, ExitReason.RecognitionExpired),
        ]);
    }

    [Fact]
    public void A_recognised_household_is_not_listed_for_review_but_for_its_validity_ending()
    {
        var approved = ApprovalDecision.Decide(Given(Applied(), Committed(), AssessedAs(HouseholdClassification.RigidExpenditureHardship)), Recognise(), Rules, Today)
            .ShouldAccept<EnrolmentApproved>();
        var state = Given(Applied(), Committed(), AssessedAs(HouseholdClassification.RigidExpenditureHardship), approved);

        var lists = WorklistRules.Evaluate(state, new CaseFacts(), Assistance.Domain.Calendar.WorkingDayCalendar.WithDefaults(), WorklistPolicy.Defaults);

        lists.ShouldNotContainKey(Worklist.ReviewsDue);
        lists[Worklist.ShouldExit].ShouldHaveSingleItem().Code.ShouldBe("recognition-ending");
    }
}
