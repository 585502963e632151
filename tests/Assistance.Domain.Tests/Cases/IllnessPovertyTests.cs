using Assistance.Domain.Cases;
using NodaTime;
using static Assistance.Domain.Tests.Cases.CaseScenario;

namespace Assistance.Domain.Tests.Cases;

/// <summary>因病致贫 recorded as a fact on the case: who, when, on what evidence, from which month.</summary>
public class IllnessPovertyTests
{
    private static RecogniseIllnessPoverty Recognise(string? idNumber = null, YearMonth? month = null) =>
        new(idNumber ?? SpouseId, new LocalDate(2025, 4, 2), month, "尿毒症透析，近一年自付医疗费 3.2 万元（医院票据）", "经办员张");

    [Fact]
    public void Is_recorded_from_the_month_of_the_finding_unless_another_is_named_and_the_case_keeps_it()
    {
        var recognised = IllnessPovertyDecision.Decide(Given(Applied(), Committed()), Recognise(), Today).ShouldAccept<IllnessPovertyRecognised>();
        recognised.EffectiveMonth.ShouldBe(new YearMonth(2025, 4));
        recognised.RecognisedBy.ShouldBe("经办员张");

        var state = Given(Applied(), Committed(), recognised);
        state.IllnessPoverty.ShouldBe([recognised]);
        state.IllnessPovertyFrom.ShouldBe(new YearMonth(2025, 4));
    }

    [Fact]
    public void The_same_finding_twice_is_refused() =>
        IllnessPovertyDecision.Decide(Given(Applied(), Committed(), new IllnessPovertyRecognised(SpouseId, new LocalDate(2025, 4, 1), new YearMonth(2025, 4), "票据", "经办员张")),
            Recognise(), Today).ShouldRefuse("已认定因病致贫");

    [Fact]
    public void A_member_of_another_household_is_refused() =>
        IllnessPovertyDecision.Decide(Given(Applied(), Committed()), Recognise(Id("140429", "19900101", "099")), Today).ShouldRefuse("不在本户");

    [Fact]
    public void A_month_before_the_application_is_refused() =>
        IllnessPovertyDecision.Decide(Given(Applied(), Committed()), Recognise(month: new YearMonth(2025, 1)), Today).ShouldRefuse("早于申请月份");

    [Fact]
    public void An_exited_case_is_refused() =>
        IllnessPovertyDecision.Decide(Given(Applied(), Committed(), Assessed(), Enrolled(), new CaseExited(Assistance.Domain.Values.ExitReason.Death, new YearMonth(2025, 5), "科长丙", null)),
            Recognise(), Today).ShouldRefuse("案件已终止");
}
