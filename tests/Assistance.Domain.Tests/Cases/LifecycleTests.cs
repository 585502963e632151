using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using NodaTime;
using static Assistance.Domain.Tests.Cases.CaseScenario;

namespace Assistance.Domain.Tests.Cases;

public class ApplyingTests
{
    [Fact]
    public void An_application_with_one_applicant_opens_the_case()
    {
        var command = new ApplyForAssistance(CaseId, "140429", null, null, Residence.Urban, Program.Dibao, Channel.Window, AppliedOn,
            [new Member("甲", ApplicantId, Relation.Self)], null, "窗口甲");
        var e = ApplicationDecision.Decide(command).ShouldAccept<ApplicationReceived>();
        var state = HouseholdCase.Create(e);
        state.Status.ShouldBe(CaseStatus.Applied);
        state.Applicant.IdNumber.ShouldBe(ApplicantId);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void An_application_needs_exactly_one_applicant(int applicants)
    {
        var members = Enumerable.Range(0, applicants).Select(i => new Member($"甲{i}", Id("140429", "19800101", $"00{i}"), Relation.Self))
            .Append(new Member("乙", SpouseId, Relation.Spouse)).ToList();
        var command = new ApplyForAssistance(CaseId, "140429", null, null, Residence.Urban, Program.Dibao, Channel.Window, AppliedOn, members, null, "窗口甲");
        ApplicationDecision.Decide(command).ShouldRefuse("申请人");
    }

    [Fact]
    public void A_single_person_application_must_name_a_member()
    {
        var command = new ApplyForAssistance(CaseId, "140429", null, null, Residence.Urban, Program.Dibao, Channel.Window, AppliedOn,
            [new Member("甲", ApplicantId, Relation.Self)], SpouseId, "窗口甲");
        ApplicationDecision.Decide(command).ShouldRefuse("单人保");
    }

    [Fact]
    public void A_single_person_case_enrols_only_that_member()
    {
        var state = Given(Applied(singlePerson: SpouseId), Committed(), Assessed());
        var e = ApprovalDecision.Enrol(state, new EnrolmentTerms(Program.Dibao, new YearMonth(2025, 4), 313m, "科长丙", null))
            .ShouldAccept<EnrolmentApproved>();
        e.EnrolledIdNumbers.ShouldBe([SpouseId]);
    }
}

public class CommitmentTests
{
    private static readonly SignDualCommitment Both = new(true, true, AppliedOn, "窗口甲", "SIG-1");

    [Fact]
    public void Signing_both_commitments_moves_the_case_to_committed()
    {
        var state = Given(Applied());
        state.Apply(CommitDecision.Decide(state, Both).ShouldAccept<DualCommitmentSigned>());
        state.Status.ShouldBe(CaseStatus.Committed);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Both_sides_must_sign(bool applicant, bool agency) =>
        CommitDecision.Decide(Given(Applied()), Both with { ApplicantSigned = applicant, AgencySigned = agency }).ShouldRefuse("双方");

    [Fact]
    public void Signing_twice_is_refused() => CommitDecision.Decide(Given(Applied(), Committed()), Both).ShouldRefuse("已签订");

    [Fact]
    public void Signing_before_the_application_is_refused() =>
        CommitDecision.Decide(Given(Applied()), Both with { SignedOn = AppliedOn.PlusDays(-1) }).ShouldRefuse("早于申请日期");
}

public class AssessmentTests
{
    private static readonly AssessEconomicStatus Assess = new(AppliedOn.PlusDays(3), 300m, new Assets(), 50m, "调查员乙", null);

    [Fact]
    public void An_assessment_after_the_commitment_moves_the_case_to_assessed()
    {
        var state = Given(Applied(), Committed());
        state.Apply(AssessDecision.Decide(state, Assess, Rules, Today).ShouldAccept<EconomicStatusAssessed>());
        state.Status.ShouldBe(CaseStatus.Assessed);
        state.LatestAssessment!.MonthlyIncome.ShouldBe(300m);
    }

    [Fact]
    public void No_assessment_before_the_dual_commitment() =>
        AssessDecision.Decide(Given(Applied()), Assess, Rules, Today).ShouldRefuse("缺少双承诺").Detail.ShouldContain("双承诺");

    [Fact]
    public void A_reassessment_before_the_decision_is_allowed() =>
        AssessDecision.Decide(Given(Applied(), Committed(), Assessed()), Assess, Rules, Today).ShouldAccept<EconomicStatusAssessed>();

    [Fact]
    public void An_enrolled_case_is_reassessed_by_review_not_assessment() =>
        AssessDecision.Decide(Given(Applied(), Committed(), Assessed(), Enrolled()), Assess, Rules, Today).ShouldRefuse("已纳入");

    [Fact]
    public void A_negative_income_is_refused() =>
        AssessDecision.Decide(Given(Applied(), Committed()), Assess with { MonthlyIncome = -1 }, Rules, Today).ShouldRefuse("负数");
}

public class DecisionTests
{
    private static readonly EnrolmentTerms Approve = new(Program.Dibao, new YearMonth(2025, 4), 770m, "科长丙", null);

    [Fact]
    public void Approval_enrols_all_members_from_the_effective_month()
    {
        var state = Given(Applied(), Committed(), Assessed());
        state.Apply(ApprovalDecision.Enrol(state, Approve).ShouldAccept<EnrolmentApproved>());
        state.Status.ShouldBe(CaseStatus.Enrolled);
        state.EnrolledPersons.ShouldBe(2);
        state.MonthlyAmount.ShouldBe(770m);
        state.Segments.ShouldHaveSingleItem().From.ShouldBe(new YearMonth(2025, 4));
    }

    [Fact]
    public void No_enrolment_without_an_assessment() =>
        ApprovalDecision.Enrol(Given(Applied(), Committed()), Approve).ShouldRefuse("缺少家庭经济状况认定");

    [Fact]
    public void No_enrolment_without_the_commitment() =>
        ApprovalDecision.Enrol(Given(Applied()), Approve).ShouldRefuse("缺少双承诺");

    [Fact]
    public void The_effective_month_is_never_before_the_application_month() =>
        ApprovalDecision.Enrol(Given(Applied(), Committed(), Assessed()), Approve with { EffectiveMonth = new YearMonth(2025, 2) })
            .ShouldRefuse("早于申请月份");

    [Fact]
    public void A_negative_amount_is_refused() =>
        ApprovalDecision.Enrol(Given(Applied(), Committed(), Assessed()), Approve with { MonthlyAmount = -5 }).ShouldRefuse("负数");

    [Fact]
    public void An_amount_that_differs_from_the_computed_one_needs_a_reason()
    {
        var state = Given(Applied(), Committed(), Assessed());
        ApprovalDecision.Enrol(state, Approve with { ComputedAmount = 800m }).ShouldRefuse("理由");
        ApprovalDecision.Enrol(state, Approve with { ComputedAmount = 800m, Reason = "县级集体研究" })
            .ShouldAccept<EnrolmentApproved>().ComputedAmount.ShouldBe(800m);
    }

    [Fact]
    public void Rejection_closes_the_case()
    {
        var state = Given(Applied(), Committed(), Assessed());
        state.Apply(ApprovalDecision.Reject(state, new RejectApplication(new YearMonth(2025, 3), "收入超过标准", "科长丙"), Today)
            .ShouldAccept<ApplicationRejected>());
        state.Status.ShouldBe(CaseStatus.Rejected);
        ApprovalDecision.Enrol(state, Approve).ShouldRefuse("不予确认");
    }

    [Fact]
    public void An_enrolled_case_is_not_decided_again() =>
        ApprovalDecision.Enrol(Given(Applied(), Committed(), Assessed(), Enrolled()), Approve).ShouldRefuse("已纳入");
}
