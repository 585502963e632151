using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using NodaTime;
using static Assistance.Domain.Tests.Cases.CaseScenario;

namespace Assistance.Domain.Tests.Cases;

/// <summary>
/// 联审联批 of a correction above the county's line: the second approver signs the difference worked out at the first
/// signature, so only while the case is still as it was; a new first signature of the same fact replaces the waiting one.
/// </summary>
public class PendingCorrectionTests
{
    private static CorrectionFirstSigned FirstSigned(decimal amount) => new(new CaseCorrected(Guid.NewGuid(), 4, "EnrolmentApproved",
        CorrectedField.MonthlyAmount, "770", amount.ToString(System.Globalization.CultureInfo.InvariantCulture), new YearMonth(2025, 4), null, amount, null,
        "金额多录", new LocalDate(2025, 6, 1), "科长丙"), 3 * (770m - amount), 500m);

    [Fact]
    public void A_case_unchanged_since_the_first_signature_may_be_signed_whatever_facts_were_noted_beside_it()
    {
        var first = FirstSigned(470m);
        PendingCorrectionRules.MaySign(first, []).ShouldBeNull();
        PendingCorrectionRules.MaySign(first, [new ReviewBecameDue(new LocalDate(2025, 7, 1), new LocalDate(2025, 6, 2)), FirstSigned(600m)]).ShouldBeNull();
    }

    [Fact]
    public void A_change_of_the_case_after_the_first_signature_refuses_the_second_and_names_the_change()
    {
        var first = FirstSigned(470m);
        var refusal = PendingCorrectionRules.MaySign(first, [new TemporaryAssistanceGranted(TemporaryKind.Emergency, 500m, new LocalDate(2025, 6, 3), "火灾", "镇长")]);
        refusal.ShouldNotBeNull();
        refusal.Title.ShouldBe("更正初签后案件已变更，不能复签");
        refusal.Detail.ShouldContain("科长丙");
        refusal.Detail.ShouldContain("重新提出更正");
    }

    [Fact]
    public void A_new_first_signature_of_the_same_fact_replaces_the_waiting_one_and_one_of_another_fact_waits_beside_it()
    {
        var stale = FirstSigned(470m);
        var renewed = FirstSigned(520m);
        var other = stale with { Correction = stale.Correction with { CorrectionId = Guid.NewGuid(), CorrectsVersion = 6 } };
        var c = Given(Applied(), Committed(), Assessed(), Enrolled(), stale, other, renewed);
        c.PendingCorrections.Select(p => p.Correction.CorrectionId).ShouldBe([other.Correction.CorrectionId, renewed.Correction.CorrectionId]);
    }
}
