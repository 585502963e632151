using Assistance.Domain.Cases;
using Assistance.Domain.Eligibility;
using Assistance.Domain.Values;
using NodaTime;
using Assistance.Domain.Policy;
using static Assistance.Domain.Tests.Cases.CaseScenario;

namespace Assistance.Domain.Tests.Policy;

/// <summary>
/// The article's expansion policies (适度放宽认定, 扩大单独申请范围, 刚性支出困难) as county parameters: each changes the outcome of
/// the same assessment of a rural couple (低保 line 585 × 2 = 1170, 低保边缘 line 1755), and only from the month the county set
/// it for (2026-03): an assessment on 2026-02-27 is decided by the defaults, one on 2026-03-02 by the new version.
/// </summary>
public class ExpansionParameterTests
{
    private static readonly LocalDate Before = new(2026, 2, 27);
    private static readonly LocalDate From = new(2026, 3, 2);
    private static readonly LocalDate Later = new(2026, 6, 30);
    private static readonly YearMonth WorkStarted = new(2026, 2);

    private static readonly Member Applicant = new("王大山", ApplicantId, Relation.Self);
    private static readonly Member Spouse = new("李秀英", SpouseId, Relation.Spouse, Disability.Grade3, LaborCapacity.Partial);

    private static CountyPolicy SetFromMarch(PolicyParameters parameters) =>
        CountyPolicy.Create(new CountyPolicySet("140429", new YearMonth(2026, 3), parameters, "管理员周", "适度放宽家庭经济状况认定标准"));

    private static EconomicStatusAssessed Assess(CountyPolicy policy, LocalDate on, IReadOnlyList<IncomeItem> incomes, RigidSpending? rigid = null)
    {
        var state = Given(Applied() with { Members = [Applicant, Spouse] }, Committed());
        return AssessDecision.Decide(state, new AssessEconomicStatus(on, 0, new Assets(Deposits: 2000), 0, "调查员乙", null, incomes, RigidSpending: rigid),
            policy, Later).ShouldAccept<EconomicStatusAssessed>();
    }

    [Fact]
    public void A_share_of_wages_deducted_as_employment_cost_makes_the_couple_eligible()
    {
        // Wages 1250: 625 per head, in the 低保边缘 band; 10 % off → 1125, 562.50 per head, below 585.
        var policy = SetFromMarch(PolicyParameters.Defaults with { EmploymentCostDeductionShare = 0.1m });
        IncomeItem[] wages = [new("Wages", 1250m)];

        Assess(policy, Before, wages).Classification.ShouldBe(HouseholdClassification.Marginal);
        Assess(policy, From, wages).Classification.ShouldBe(HouseholdClassification.EligibleDibao);
    }

    [Fact]
    public void Wages_disregarded_after_finding_work_make_the_couple_eligible()
    {
        // Wages 1000 from February's new job + transfer 300 = 1300, 650 per head; disregarding the wages leaves 300.
        var policy = SetFromMarch(PolicyParameters.Defaults with { EmploymentIncomeDisregardMonths = 6 });
        IncomeItem[] incomes = [new("Wages", 1000m, WorkStarted), new("Transfer", 300m)];

        Assess(policy, Before, incomes).Classification.ShouldBe(HouseholdClassification.Marginal);
        var after = Assess(policy, From, incomes);
        after.Classification.ShouldBe(HouseholdClassification.EligibleDibao);
        after.MonthlyIncome.ShouldBe(300m);
        after.Reasons!.ShouldContain("工资性收入 1000.00 元，2026年2月起就业，就业渐退期（6个月，至2026年7月）内不计入家庭收入");
    }

    [Fact]
    public void An_enrolment_on_disregarded_wages_is_reviewed_the_month_after_the_disregard_ends()
    {
        // Disregarded from 2026-02 to 2026-07: the review falls due on 2026-08-01, before the six-month schedule (2026-10-01).
        var policy = SetFromMarch(PolicyParameters.Defaults with { EmploymentIncomeDisregardMonths = 6 });
        var assessed = Assess(policy, From, [new("Wages", 1000m, WorkStarted), new("Transfer", 300m)]);
        var state = Given(Applied() with { Members = [Applicant, Spouse] }, Committed(), assessed);

        var approved = ApprovalDecision.Decide(state, new ApproveEnrolment(null, new LocalDate(2026, 3, 20), null, null, null, "科长丙"), policy, Later)
            .ShouldAccept<EnrolmentApproved>();

        approved.EffectiveMonth.ShouldBe(new YearMonth(2026, 4));
        approved.NextReviewDue.ShouldBe(new LocalDate(2026, 8, 1));
    }

    [Fact]
    public void A_kind_the_county_exempts_makes_the_couple_eligible()
    {
        // Transfer 400 + business 900 = 1300, 650 per head; without the transfer 900, 450 per head.
        var policy = SetFromMarch(PolicyParameters.Defaults with { ExcludedIncomeKinds = [.. IncomeKinds.ExcludedNationally, IncomeKind.Transfer] });
        IncomeItem[] incomes = [new("Transfer", 400m), new("Business", 900m)];

        Assess(policy, Before, incomes).Classification.ShouldBe(HouseholdClassification.Marginal);
        Assess(policy, From, incomes).Classification.ShouldBe(HouseholdClassification.EligibleDibao);
    }

    [Fact]
    public void An_extra_single_person_ground_lets_the_grade_3_spouse_apply_alone()
    {
        var policy = SetFromMarch(PolicyParameters.Defaults with { ExtraSinglePersonGrounds = [SinglePersonGround.Grade3Disability] });
        IncomeItem[] incomes = [new("Business", 1300m)];

        Finding(policy, Before, incomes).SinglePersonCandidateIdNumbers.ShouldBeEmpty();
        Finding(policy, From, incomes).SinglePersonCandidateIdNumbers.ShouldBe([SpouseId]);
    }

    [Fact]
    public void A_rigid_spending_share_recognises_the_couple_as_a_rigid_expenditure_hardship_household()
    {
        // Income 2000 a month: 1000 per head, above the 低保边缘 line; 24,000 a year, 12,000 per head below the rural 23,119.
        // Medical 12,000 + education 3,000 in the last twelve months = 62.5 % of the year's income, above the county's 50 %.
        var policy = SetFromMarch(PolicyParameters.Defaults with { RigidExpenditureShareOfIncome = 0.5m });
        IncomeItem[] incomes = [new("Business", 2000m)];
        var spending = new RigidSpending(Medical: 12000m, Education: 3000m);

        Assess(policy, Before, incomes, spending).Classification.ShouldBe(HouseholdClassification.NotEligible);
        var after = Assess(policy, From, incomes, spending);
        after.Classification.ShouldBe(HouseholdClassification.RigidExpenditureHardship);
        after.Reasons!.ShouldContain("近十二个月刚性支出 15000.00 元（生活 0.00、医疗 12000.00、教育 3000.00、残疾康复 0.00、其他 0.00 元），占家庭年收入 24000.00 元的 62.5%，超过本县规定的 50%");
        after.Reasons!.ShouldContain("符合刚性支出困难家庭认定条件，认定有效期 12 个月");
    }

    private static Assessment Finding(CountyPolicy policy, LocalDate on, IReadOnlyList<IncomeItem> incomes)
    {
        var state = Given(Applied() with { Members = [Applicant, Spouse] }, Committed());
        return (Assessment)AssessDecision.Decide(state, new AssessEconomicStatus(on, 0, new Assets(Deposits: 2000), 0, "调查员乙", null, incomes),
            policy, Later).Finding!;
    }
}
