using Alba;
using Assistance.Host.Tests.Support;
using static Assistance.Host.Tests.Support.Households;

namespace Assistance.Host.Tests.Corrections;

/// <summary>
/// The applicant's ID number says 1970, but the household register (户籍) was corrected to 10 February 1965: from March 2025,
/// the month after he turned 60, the household is owed his 分类施保 (N1 Art.12), his work capacity changes (a 复核 falls due),
/// and the months already paid are made good in the next roll, citing the correction of the application that recorded him.
/// </summary>
public class BirthDateCorrectionTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private const decimal RuralAddOn = 104m; // the shipped 分类施保 per qualifying rural person

    [Fact]
    public async Task A_corrected_birth_date_moves_the_month_the_member_turns_60_and_the_next_roll_pays_the_add_on_owed()
    {
        var (id, _, amount) = await ledger.EnrolAndPayFebruaryToAprilAsync();
        ledger.Today(2025, 4, 20);
        var answer = await ledger.CorrectAsync(id, new { correctsVersion = 1, field = "BirthDate", value = "1965-02-10", memberIdNumber = ApplicantId, reason = "户籍出生日期已更正" }, TestUsers.Approver);
        var result = answer["result"]!;
        result.Text("originalValue").ShouldBe("1970-03-08");
        result.Text("correctedValue").ShouldBe("1965-02-10");
        result.Text("effectiveMonth").ShouldBe("2025-03");
        result["notes"]!.AsArray().ShouldContain(n => n!.GetValue<string>().Contains("复核"));
        var correction = answer.Value<long>("version");

        var now = await ledger.Host.GetCaseAsync(id);
        now.Value<decimal>("monthlyAmount").ShouldBe(amount + RuralAddOn);
        now.Text("nextReviewDue").ShouldBe("2025-04-20");
        now["members"]!.AsArray().Single(m => m!.Text("relation") == "Self")!.Text("birthDate").ShouldBe("1965-02-10");
        (await ledger.Host.GetCaseAsync(id, "2025-04-19")).Value<decimal>("monthlyAmount").ShouldBe(amount);

        (await ledger.GetAsync($"/api/households/{id}?effectiveOn=2025-02")).Value<decimal>("monthlyAmount").ShouldBe(amount);
        var march = await ledger.GetAsync($"/api/households/{id}?effectiveOn=2025-03");
        march.Value<decimal>("monthlyAmount").ShouldBe(amount + RuralAddOn);
        march.Value<bool>("differsFromKnownThen").ShouldBeTrue();

        var history = (await ledger.GetAsync($"/api/households/{id}/history")).AsArray();
        history.Single(h => h!.Value<long>("version") == 1)!.Value<long>("correctedBy").ShouldBe(correction);

        var backPay = (await ledger.RollLinesAsync(id, "2025-05")).Where(l => l.Text("kind") == "BackPay").ToList();
        backPay.Select(l => l.Text("forMonth")).ShouldBe(["2025-03", "2025-04"]);
        backPay.ShouldAllBe(l => l.Value<decimal>("amount") == RuralAddOn && l.Text("cause").Contains("第 1 版"));
    }

    [Fact]
    public async Task A_birth_date_correction_must_name_the_event_that_recorded_the_member_and_a_different_date()
    {
        ledger.Today(2025, 1, 20);
        var id = await ledger.Host.ApplyAsync(Application(Guid.NewGuid()));
        await ledger.Host.PostAsync(id, "commitments", Commitment());
        await ledger.CorrectAsync(id, new { correctsVersion = 2, field = "BirthDate", value = "1965-02-10", memberIdNumber = ApplicantId, reason = "x" }, TestUsers.Approver, 409);
        await ledger.CorrectAsync(id, new { correctsVersion = 1, field = "BirthDate", value = "1970-03-08", memberIdNumber = ApplicantId, reason = "x" }, TestUsers.Approver, 409);
        var missing = await ledger.CorrectAsync(id, new { correctsVersion = 1, field = "BirthDate", value = "1965-02-10", reason = "x" }, TestUsers.Approver, 400);
        missing["errors"]!["memberIdNumber"].ShouldNotBeNull();
    }
}
