using Alba;
using Assistance.Host.Outreach;
using Assistance.Host.Tests.Support;

namespace Assistance.Host.Tests.Outreach;

/// <summary>A rostered person visited, applying and enrolled, as the week's progress counts it (on a database of its own).</summary>
public class OutreachProgressTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    [Fact]
    public async Task A_visit_Applied_followed_by_an_enrolment_counts_as_reached_applied_and_enrolled_in_that_week()
    {
        await ledger.Host.UploadOutreachAsync(OutreachRosters.Csv(
            ["李秀英", Households.SpouseId, "140429", "丰州镇", "东关村", "SevereDisability", "残联"],
            ["张三", Households.Id("140429", "19490101", "019"), "140429", "丰州镇", "东关村", "Elderly", "民政"]));
        await ledger.Host.Scenario(s =>
        {
            s.Post.Json(new { visitedOn = "2026-01-05", outcome = "Applied", notes = "入户走访，当场受理申请" })
                .ToUrl($"/api/outreach/persons/{Households.SpouseId}/visits");
            s.StatusCodeShouldBeOk();
        });
        var caseId = await ledger.Host.ApplyAsync(Households.Application(appliedOn: "2026-01-05"));
        await ledger.Host.PostAsync(caseId, "commitments", Households.Commitment("2026-01-05"));
        ledger.Today(2026, 1, 6);
        await ledger.Host.PostAsync(caseId, "assessments", Households.Assessment("2026-01-06"));
        ledger.Today(2026, 1, 8);
        await ledger.Host.PostAsync(caseId, "decisions", new { decision = "Approve", effectiveMonth = "2026-02" });

        await using (var session = ledger.Store.QuerySession())
        {
            var person = await session.LoadAsync<RosteredPerson>(Households.SpouseId);
            person!.Visits.Single().CaseId.ShouldBe(caseId);
            person.CoverageStatus.ShouldBe(Assistance.Domain.Outreach.CoverageStatus.Covered);
        }
        (await ledger.Host.OutreachListAsync())["rows"]!.AsArray().Select(r => r!.Text("name")).ShouldBe(["张三"]);

        var result = await ledger.Host.Scenario(s => s.Get.Url("/api/outreach/progress?countyCode=140429&from=2026-01-05&to=2026-01-11"));
        var week = (await result.ReadJsonNodeAsync())["rows"]!.AsArray().Single()!;
        week.Text("week").ShouldBe("2026-W02");
        week.Value<int>("rostered").ShouldBe(2);
        week.Value<int>("visited").ShouldBe(1);
        week.Value<int>("reached").ShouldBe(1);
        week.Value<int>("applied").ShouldBe(1);
        week.Value<int>("enrolled").ShouldBe(1);
        week.Value<decimal>("shareReached").ShouldBe(0.5m);

        var csv = await ledger.Host.Scenario(s => s.Get.Url("/api/outreach/progress.csv?countyCode=140429&from=2026-01-05&to=2026-01-11"));
        (await csv.ReadAsTextAsync()).ShouldContain("140429,武乡县,2026-W02,2026-01-05,2,1,1,1,1,1,0.50");
    }
}
