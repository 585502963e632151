using Assistance.Domain.Values;
using NodaTime;
using Assistance.Domain.Policy;
using Assistance.Domain.TemporaryAssistance;

namespace Assistance.Domain.Tests.Policy;

public class TemporaryAssistanceTests
{
    private const string Applicant = "140429198001010011";
    private const string Spouse = "140429198202020022";
    private static readonly LocalDate GrantDay = new(2025, 6, 10);

    private static TemporaryGrantCheck Check(
        decimal amount, Residence residence = Residence.Urban, bool county = false, params PriorTemporaryGrant[] prior) =>
        TemporaryAssistanceRules.Check(
            new TemporaryGrantRequest(residence, amount, GrantDay, [Applicant, Spouse], prior, county),
            PolicyParameters.Defaults);

    // Urban standard 780: township authority 2 × 780 = 1560, cap 10 × 780 = 7800. Rural 585: 1170 and 5850.
    [Theory]
    [InlineData("urban 1560 = township authority → ok", 1560, Residence.Urban, false, TemporaryGrantVerdict.Ok)]
    [InlineData("urban 1560.01 → county must approve", 1560.01, Residence.Urban, false, TemporaryGrantVerdict.NeedsCountyDecision)]
    [InlineData("urban 1560.01 approved by county → ok", 1560.01, Residence.Urban, true, TemporaryGrantVerdict.Ok)]
    [InlineData("urban 7800 = cap, approved by county → ok", 7800, Residence.Urban, true, TemporaryGrantVerdict.Ok)]
    [InlineData("urban 7800.01 → above cap even for the county", 7800.01, Residence.Urban, true, TemporaryGrantVerdict.ExceedsCap)]
    [InlineData("rural 1170 = township authority → ok", 1170, Residence.Rural, false, TemporaryGrantVerdict.Ok)]
    [InlineData("rural 1170.01 → county must approve", 1170.01, Residence.Rural, false, TemporaryGrantVerdict.NeedsCountyDecision)]
    [InlineData("rural 5850.01 → above cap", 5850.01, Residence.Rural, true, TemporaryGrantVerdict.ExceedsCap)]
    [InlineData("zero → refused", 0, Residence.Urban, false, TemporaryGrantVerdict.AmountNotPositive)]
    public void Checks_township_authority_and_the_cap(
        string example, decimal amount, Residence residence, bool county, TemporaryGrantVerdict expected)
    {
        Check(amount, residence, county).Verdict.ShouldBe(expected, example);
    }

    [Fact]
    public void Says_why_the_county_must_decide()
    {
        var check = Check(2000m);

        check.IsAllowed.ShouldBeFalse();
        check.TownshipAuthority.ShouldBe(1560m);
        check.Cap.ShouldBe(7800m);
        check.Message.ShouldBe("超过乡镇审批权限（2倍低保标准 1560 元），须由县级民政部门审批");
    }

    public static TheoryData<string, PriorTemporaryGrant, bool, TemporaryGrantVerdict> YearlyLimit => new()
    {
        { "spouse had a grant in March this year → refused", new(new LocalDate(2025, 3, 1), [Spouse]), false, TemporaryGrantVerdict.AlreadyGrantedThisYear },
        { "spouse had a grant in March, county decides case by case (一事一议) → ok", new(new LocalDate(2025, 3, 1), [Spouse]), true, TemporaryGrantVerdict.Ok },
        { "grant on 31 Dec last year → ok", new(new LocalDate(2024, 12, 31), [Applicant, Spouse]), false, TemporaryGrantVerdict.Ok },
        { "grant this year to someone else → ok", new(new LocalDate(2025, 2, 1), ["140429199001010033"]), false, TemporaryGrantVerdict.Ok },
    };

    [Theory]
    [MemberData(nameof(YearlyLimit))]
    public void Allows_one_grant_per_person_per_calendar_year_unless_the_county_decides(
        string example, PriorTemporaryGrant prior, bool county, TemporaryGrantVerdict expected)
    {
        Check(1000m, county: county, prior: prior).Verdict.ShouldBe(expected, example);
    }

    [Fact]
    public void Names_the_repeat_recipient_masked()
    {
        var check = Check(1000m, prior: new PriorTemporaryGrant(new LocalDate(2025, 3, 1), [Spouse]));

        check.Message.ShouldBe("140429********0022 本年度已获临时救助 1 次，再次救助须由县级民政部门一事一议");
    }
}
