using System.Text.Json;
using Assistance.Domain.Values;
using Assistance.Domain.Policy;
using Assistance.Domain.Eligibility;
using Assistance.Domain.Amounts;

namespace Assistance.Domain.Tests.Policy;

public class PolicyParametersTests
{
    private static readonly PolicyParameters D = PolicyParameters.Defaults;

    public static TheoryData<string, decimal, decimal> DefaultsFromTheDomainNotes => new()
    {
        { "低保标准 urban", D.DibaoStandardUrban, 780m },
        { "低保标准 rural", D.DibaoStandardRural, 585m },
        { "单人保", D.SinglePersonAmount, 313m },
        { "低保边缘 multiple", D.MarginalMultiple, 1.5m },
        { "特困 scattered rural", D.TekunBasicFor(Residence.Rural, TekunSupportMode.Scattered), 900m },
        { "特困 scattered urban", D.TekunBasicFor(Residence.Urban, TekunSupportMode.Scattered), 1100m },
        { "特困 centralised rural", D.TekunBasicFor(Residence.Rural, TekunSupportMode.Centralised), 1100m },
        { "特困 centralised urban", D.TekunBasicFor(Residence.Urban, TekunSupportMode.Centralised), 1300m },
        { "分类施保 rural", D.ClassifiedAddOnFor(Residence.Rural), 104m },
        { "分类施保 urban", D.ClassifiedAddOnFor(Residence.Urban), 142m },
        { "care fee 具备", D.CareFeeFor(SelfCareLevel.SelfReliant), 191m },
        { "care fee 部分丧失", D.CareFeeFor(SelfCareLevel.PartlyLost), 319m },
        { "care fee 完全丧失", D.CareFeeFor(SelfCareLevel.FullyLost), 478m },
        { "review months, stable", D.ReviewMonthsStable, 12m },
        { "review months, unstable", D.ReviewMonthsUnstable, 6m },
        { "review months, 特困", D.ReviewMonthsTekun, 12m },
        { "渐退 months", D.GradualExitMonths, 6m },
        { "临时救助 cap multiple", D.TemporaryCapMultiple, 10m },
        { "临时救助 township multiple", D.TemporaryTownshipAuthorityMultiple, 2m },
        { "临时救助 grants per person per year", D.TemporaryGrantsPerPersonPerYear, 1m },
        { "低保 investigation start WD", D.TimeLimits.DibaoInvestigationStartWorkingDays, 3m },
        { "低保 county decision WD", D.TimeLimits.DibaoCountyDecisionWorkingDays, 10m },
        { "低保 rejection notice WD", D.TimeLimits.DibaoRejectionNoticeWorkingDays, 3m },
        { "低保 whole procedure WD", D.TimeLimits.DibaoWholeProcedureWorkingDays, 30m },
        { "低保 whole procedure extended WD", D.TimeLimits.DibaoWholeProcedureExtendedWorkingDays, 45m },
        { "特困 township WD", D.TimeLimits.TekunTownshipWorkingDays, 15m },
        { "特困 county WD", D.TimeLimits.TekunCountyWorkingDays, 15m },
        { "特困 rejection notice WD", D.TimeLimits.TekunRejectionNoticeWorkingDays, 3m },
        { "公示 days", D.TimeLimits.PublicityDays, 7m },
        { "刚性支出 recognition WD", D.TimeLimits.RigidExpenditureRecognitionWorkingDays, 30m },
        { "刚性支出 recognition extended WD", D.TimeLimits.RigidExpenditureRecognitionExtendedWorkingDays, 45m },
        { "刚性支出 validity months", D.TimeLimits.RigidExpenditureValidityMonths, 12m },
        { "death re-check months", D.TimeLimits.DeathRecheckMonths, 3m },
    };

    [Theory]
    [MemberData(nameof(DefaultsFromTheDomainNotes))]
    public void Defaults_match_the_domain_notes(string parameter, decimal actual, decimal expected)
    {
        actual.ShouldBe(expected, parameter);
    }

    [Fact]
    public void Defaults_round_up_by_difference_and_exclude_the_national_kinds()
    {
        D.BenefitMethod.ShouldBe(BenefitMethod.Difference);
        D.Rounding.ShouldBe(RoundingMode.CeilingYuan);
        D.ExcludedIncomeKinds.ShouldBe(IncomeKinds.ExcludedNationally);
        D.MarginalLineFor(Residence.Urban).ShouldBe(1170m);
    }

    [Fact]
    public void Serialises_with_the_names_the_api_contract_requires_and_round_trips()
    {
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        var json = JsonSerializer.Serialize(D, web);
        var back = JsonSerializer.Deserialize<PolicyParameters>(json, web)!;

        json.ShouldContain("\"dibaoStandardUrban\":780");
        json.ShouldContain("\"dibaoStandardRural\":585");
        json.ShouldContain("\"marginalMultiple\":1.5");
        JsonSerializer.Serialize(back, web).ShouldBe(json);
    }

    [Fact]
    public void Defaults_are_valid()
    {
        PolicyParametersValidator.Validate(D).ShouldBeEmpty();
    }

    public static TheoryData<string, PolicyParameters, string> Invalid => new()
    {
        { "urban standard 0", D with { DibaoStandardUrban = 0 }, "dibaoStandardUrban" },
        { "marginal multiple 1", D with { MarginalMultiple = 1 }, "marginalMultiple" },
        { "渐退 13 months", D with { GradualExitMonths = 13 }, "gradualExitMonths" },
        { "cap below township authority", D with { TemporaryCapMultiple = 1 }, "temporaryCapMultiple" },
        { "tiers not ascending", D with { BenefitMethod = BenefitMethod.Tiers, BenefitTiers = [new(0.5m, 0.5m), new(0.25m, 1m)] }, "benefitTiers" },
        { "公示 0 days", D with { TimeLimits = D.TimeLimits with { PublicityDays = 0 } }, "timeLimits" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validation_names_the_offending_field(string example, PolicyParameters parameters, string field)
    {
        PolicyParametersValidator.Validate(parameters).ShouldHaveSingleItem(example).Field.ShouldBe(field);
    }
}
