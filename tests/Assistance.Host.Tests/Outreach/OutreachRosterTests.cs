using System.Text.Json.Nodes;
using Alba;
using Assistance.Domain.Import;
using Assistance.Host.Outreach;
using Assistance.Host.Tests.Support;

namespace Assistance.Host.Tests.Outreach;

/// <summary>A department roster matched against the ledger, re-uploaded, and the worklist it feeds.</summary>
public class OutreachRosterTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private static readonly string CoveredElsewhere = Households.Id("140403", "19500101", "011");
    private static readonly string Exited = Households.Id("140429", "19510202", "022");
    private static readonly string Uncovered = Households.Id("140429", "19520303", "033");
    private static readonly string Later = Households.Id("140429", "19530404", "044");
    private static readonly string BadCheckDigit = Households.Id("140429", "19540505", "055")[..17] + "Y";

    [Fact]
    public async Task Persons_are_matched_against_every_case_a_bad_row_is_reported_and_a_newer_roster_of_the_source_keeps_the_visits()
    {
        await ledger.Host.ImportEnrolledAsync(("H1", "140403", "甲", CoveredElsewhere), ("H2", "140429", "乙", Exited));
        var exitedCase = RosterCaseId.For("140429", "H2");
        await ledger.Host.PostAsync(exitedCase, "exits", new { reason = "MovedAway", effectiveMonth = "2025-06" });

        var first = await ledger.Host.UploadOutreachAsync(OutreachRosters.Csv(
            ["甲", CoveredElsewhere, "140429", "丰州镇", "东关村", "SevereDisability", "残联"],    // 2
            ["乙", Exited, "140429", "丰州镇", "东关村", "重残", "残联"],                          // 3
            ["丙", Uncovered, "140429", "丰州镇", "西关村", "SeriousIllness", "残联"],             // 4
            ["丁", BadCheckDigit, "140429", "丰州镇", "西关村", "SevereDisability", "残联"],       // 5
            ["戊", Later, "140429", "丰州镇", "西关村", "不知道", "残联"]));                        // 6

        first.Value<int>("rows").ShouldBe(5);
        first.Value<int>("listed").ShouldBe(3);
        first.Value<int>("covered").ShouldBe(1);
        first.Value<int>("previouslyCovered").ShouldBe(1);
        first.Value<int>("notCovered").ShouldBe(2);
        first["errors"]!.AsArray().Select(e => e!.Value<int>("row")).ShouldBe([5, 6]);
        first["errors"]![1]!.Text("reason").ShouldStartWith("类别「不知道」无法识别");
        first.ToJsonString().ShouldNotContain(Uncovered);

        var list = await ledger.Host.OutreachListAsync();
        list.Value<int>("total").ShouldBe(2);
        var rows = list["rows"]!.AsArray().Select(r => r!).ToList();
        var exited = rows.Single(r => r.Text("name") == "乙");
        exited.Text("coverage").ShouldBe("PreviouslyCovered");
        exited.Value<Guid>("caseId").ShouldBe(exitedCase);
        exited.Text("reason").ShouldContain("2025-06 退出（迁出）");
        exited.Text("visitStatus").ShouldBe("NotVisited");
        exited.Value<bool>("mayQualifyAlone").ShouldBeTrue();
        var uncovered = rows.Single(r => r.Text("name") == "丙");
        uncovered.Text("coverage").ShouldBe("NotCovered");
        uncovered.Text("headOfHousehold").ShouldBe(Uncovered[..6] + "********" + Uncovered[14..]);

        await ledger.Host.Scenario(s =>
        {
            s.Post.Json(new { visitedOn = "2026-01-05", outcome = "Declined", notes = "本人表示暂不申请" })
                .ToUrl($"/api/outreach/persons/{uncovered.Text("personKey")}/visits");
            s.StatusCodeShouldBeOk();
        });

        var second = await ledger.Host.UploadOutreachAsync(OutreachRosters.Csv(
            ["乙", Exited, "140429", "丰州镇", "东关村", "SevereDisability", "残联"],
            ["戊", Later, "140429", "丰州镇", "西关村", "SevereDisability", "残联"]));
        second.Value<int>("unlisted").ShouldBe(2);
        (await ledger.Host.OutreachListAsync())["rows"]!.AsArray().Select(r => r!.Text("name")).ShouldBe(["乙", "戊"], ignoreOrder: true);
        await using var session = ledger.Store.QuerySession();
        var kept = await session.LoadAsync<RosteredPerson>(Uncovered);
        kept.ShouldNotBeNull();
        kept.Listed.ShouldBeFalse();
        kept.Visits.Single().Visitor.ShouldBe("经办员张（caseworker）");
    }

    [Fact]
    public async Task A_county_administrator_lists_only_persons_of_that_county_and_other_counties_do_not_see_them()
    {
        var other = Households.Id("140425", "19600606", "066");
        var own = Households.Id("140426", "19610707", "077");
        var result = await ledger.Host.Scenario(s =>
        {
            s.Post.ByteArray(OutreachRosters.Csv(["甲", other, "140425", "", "", "Elderly", "民政"], ["乙", own, "140426", "", "", "Elderly", "民政"]))
                .ToUrl("/api/outreach/rosters");
            s.WithRequestHeader("Content-Type", "text/csv");
            s.As(TestUsers.AdministratorOf("140426"));
        });
        var summary = await result.ReadJsonNodeAsync();
        summary.Value<int>("listed").ShouldBe(1);
        summary["errors"]![0]!.Text("reason").ShouldBe("县区代码「140425」不在您的管辖范围内");

        var seen = await ledger.Host.Scenario(s =>
        {
            s.Get.Url("/api/worklists/outreach");
            s.As(TestUsers.CaseworkerOf("140425"));
        });
        (await seen.ReadJsonNodeAsync())["rows"]!.AsArray().ShouldNotContain(r => r!.Text("name") == "乙");
        await ledger.Host.Scenario(s =>
        {
            s.Post.Json(new { visitedOn = "2026-01-05", outcome = "NotFound" }).ToUrl($"/api/outreach/persons/{own}/visits");
            s.As(TestUsers.CaseworkerOf("140425"));
            s.StatusCodeShouldBe(404);
        });
    }
    [Fact]
    public async Task A_county_administrators_roster_unlists_only_that_countys_persons_of_the_source()
    {
        var other = Households.Id("140427", "19620808", "088");
        var own = Households.Id("140428", "19630909", "099");
        var earlier = Households.Id("140428", "19640101", "011");
        foreach (var (county, row) in new[] { ("140427", new[] { "甲", other, "140427", "", "", "Elderly", "卫健" }), ("140428", ["丙", earlier, "140428", "", "", "Elderly", "卫健"]) })
            await ledger.Host.Scenario(s =>
            {
                s.Post.ByteArray(OutreachRosters.Csv(row)).ToUrl("/api/outreach/rosters");
                s.WithRequestHeader("Content-Type", "text/csv");
                s.As(TestUsers.AdministratorOf(county));
            });

        // 140428's new list of the source replaces 140428's: 丙 leaves it (and, never visited, the outreach list), 140427's 甲 stays.
        var result = await ledger.Host.Scenario(s =>
        {
            s.Post.ByteArray(OutreachRosters.Csv(["乙", own, "140428", "", "", "Elderly", "卫健"])).ToUrl("/api/outreach/rosters");
            s.WithRequestHeader("Content-Type", "text/csv");
            s.As(TestUsers.AdministratorOf("140428"));
        });
        (await result.ReadJsonNodeAsync()).Value<int>("unlisted").ShouldBe(1);
        await using var session = ledger.Store.QuerySession();
        (await session.LoadAsync<RosteredPerson>(other)).ShouldNotBeNull().Listed.ShouldBeTrue();
        (await session.LoadAsync<RosteredPerson>(earlier)).ShouldBeNull();
        (await session.LoadAsync<RosteredPerson>(own))!.Listed.ShouldBeTrue();
    }
}
