using Assistance.Domain.Values;
using Assistance.Domain.Policy;
using Assistance.Domain.Eligibility;
using Assistance.Domain.Amounts;

namespace Assistance.Domain.Tests.Policy;

public class TekunAmountTests
{
    private static SelfCareAssessment WithActivitiesLost(int lost)
    {
        var achieved = Enumerable.Range(0, 6).Select(i => i >= lost).ToArray();
        return new SelfCareAssessment(achieved[0], achieved[1], achieved[2], achieved[3], achieved[4], achieved[5]);
    }

    [Theory]
    [InlineData("0 of 6 lost → 具备", 0, SelfCareLevel.SelfReliant)]
    [InlineData("1 lost → 部分丧失", 1, SelfCareLevel.PartlyLost)]
    [InlineData("3 lost → still 部分丧失", 3, SelfCareLevel.PartlyLost)]
    [InlineData("4 lost → 完全丧失", 4, SelfCareLevel.FullyLost)]
    [InlineData("6 lost → 完全丧失", 6, SelfCareLevel.FullyLost)]
    public void Self_care_level_counts_the_activities_not_achieved(string example, int lost, SelfCareLevel expected)
    {
        WithActivitiesLost(lost).Level.ShouldBe(expected, example);
    }

    [Fact]
    public void Any_single_activity_counts()
    {
        new SelfCareAssessment(true, true, true, true, true, Bathing: false).Level.ShouldBe(SelfCareLevel.PartlyLost);
    }

    [Theory]
    [InlineData("urban scattered, 具备: 1100 + 191 = 1291", Residence.Urban, TekunSupportMode.Scattered, 0, 1291)]
    [InlineData("rural scattered, 1 lost: 900 + 319 = 1219", Residence.Rural, TekunSupportMode.Scattered, 1, 1219)]
    [InlineData("rural scattered, 3 lost: 900 + 319 = 1219", Residence.Rural, TekunSupportMode.Scattered, 3, 1219)]
    [InlineData("urban scattered, 4 lost: 1100 + 478 = 1578", Residence.Urban, TekunSupportMode.Scattered, 4, 1578)]
    [InlineData("rural scattered, 6 lost: 900 + 478 = 1378", Residence.Rural, TekunSupportMode.Scattered, 6, 1378)]
    [InlineData("urban centralised, 6 lost: 1300, no care fee", Residence.Urban, TekunSupportMode.Centralised, 6, 1300)]
    [InlineData("rural centralised, 具备: 1100, no care fee", Residence.Rural, TekunSupportMode.Centralised, 0, 1100)]
    public void Tekun_amount_is_the_basic_standard_plus_the_care_fee_for_scattered_support(
        string example, Residence residence, TekunSupportMode mode, int lost, decimal expected)
    {
        var amount = TekunAmount.For(residence, mode, WithActivitiesLost(lost).Level, PolicyParameters.Defaults);

        amount.Total.ShouldBe(expected, example);
        amount.Explanation.Last().ShouldBe($"月救助供养金合计 {expected} 元");
    }
}
