using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alba;
using Assistance.Host.Tests.Support;
using NodaTime;
using static Assistance.Host.Tests.Support.Households;

namespace Assistance.Host.Tests.Worklists;

/// <summary>
/// 刚性支出困难 recognised through the API lasts the county's <c>rigidExpenditureValidityMonths</c>; the daily job then ends it
/// with 认定有效期满 (<c>RecognitionExpired</c>), and the case, its history and its timeline show it ended.
/// Its own fixture: the daily job's progress is per ledger, and this test's days lie before the other daily-job tests'.
/// </summary>
public class RecognitionExpiryTests(WorklistFixture ledger) : IClassFixture<WorklistFixture>
{
    private const string Xiangyuan = "140423";
    private IAlbaHost Host => ledger.Host;

    [Fact]
    public async Task The_daily_job_ends_a_rigid_expenditure_recognition_after_the_countys_validity_and_the_case_shows_it_ended()
    {
        ledger.Today(2025, 1, 10);
        var policy = await (await Host.Scenario(s => s.Get.Url($"/api/counties/{Xiangyuan}/policy?month=2025-01"))).ReadJsonNodeAsync();
        var timeLimits = policy["timeLimits"]!.DeepClone().AsObject();
        timeLimits["rigidExpenditureValidityMonths"] = 6;
        await Host.Scenario(s =>
        {
            s.Put.Json(new JsonObject
            {
                ["effectiveFrom"] = "2025-01", ["rigidExpenditureShareOfIncome"] = 0.5m, ["timeLimits"] = timeLimits, ["reason"] = "刚性支出困难家庭认定六个月有效",
            }).ToUrl($"/api/counties/{Xiangyuan}/policy");
            s.StatusCodeShouldBeOk();
        });
        var id = await Host.ApplyAsync(Application(county: Xiangyuan, appliedOn: "2025-01-10"));
        await Host.PostAsync(id, "commitments", Commitment("2025-01-10"));
        ledger.Today(2025, 1, 13);
        await Host.PostAsync(id, "assessments", new { assessedOn = "2025-01-13", monthlyIncome = 3000m, rigidSpending = new { medical = 20000m } });
        ledger.Today(2025, 1, 20);
        await Host.PostAsync(id, "decisions", new { decision = "Approve", program = "RigidExpenditure" });
        var recognised = await Host.GetCaseAsync(id);
        recognised.Text("program").ShouldBe("RigidExpenditure");
        recognised.Text("effectiveMonth").ShouldBe("2025-02");
        recognised.Text("recognisedUntil").ShouldBe("2025-07");

        await Host.RunDailyChecksAsync(new LocalDate(2025, 7, 31));
        ledger.Today(2025, 7, 31);
        (await Host.GetCaseAsync(id)).Text("status").ShouldBe("Enrolled");

        await Host.RunDailyChecksAsync(new LocalDate(2025, 8, 1));
        ledger.Today(2025, 8, 1);
        var ended = await Host.GetCaseAsync(id);
        ended.Text("status").ShouldBe("Exited");
        ended.Text("exitReason").ShouldBe("RecognitionExpired");
        ended.Text("exitMonth").ShouldBe("2025-08");
        var last = (await (await Host.Scenario(s => s.Get.Url($"/api/households/{id}/history"))).ReadJsonNodeAsync()).AsArray().Last()!;
        last.Text("actor").ShouldBe("系统");
        last.Text("type").ShouldBe("CaseExited");
        last.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ShouldContain("2025-07 期满");
    }
}
