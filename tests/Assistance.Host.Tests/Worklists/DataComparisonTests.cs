using System.Text;
using Alba;
using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Host.Tests.Support;
using NodaTime;
using static Assistance.Host.Tests.Worklists.CaseHistories;

namespace Assistance.Host.Tests.Worklists;

/// <summary>数据比对预警: results from other departments become warnings on the matching cases until verified.</summary>
public class DataComparisonTests(WorklistFixture ledger) : IClassFixture<WorklistFixture>
{
    private IAlbaHost Host => ledger.Host;

    private static readonly Member Head = Person("陈永福", "19620101", "701");
    private static readonly Member Spouse = Person("林桂芝", "19640202", "702", Relation.Spouse);

    private async Task<Guid> EnrolledCaseAsync(Member head, Member spouse)
    {
        ledger.Today(2026, 3, 2);
        return await ledger.Store.StartAsync(id => Applied(id, new LocalDate(2026, 3, 2), members: [head, spouse]),
            Committed(new LocalDate(2026, 3, 2)), Assessed(new LocalDate(2026, 3, 3), 300m),
            Enrolled(new YearMonth(2026, 4), [head, spouse]));
    }

    private async Task<System.Text.Json.Nodes.JsonNode> PostAsync(object body, int status = 200)
    {
        var result = await Host.Scenario(s =>
        {
            s.Post.Json(body).ToUrl("/api/data-comparisons");
            s.StatusCodeShouldBe(status);
        });
        return await result.ReadJsonNodeAsync();
    }

    [Fact]
    public async Task A_death_record_raises_a_warning_to_verify_in_ten_working_days_and_a_dismissal_with_reason_clears_it()
    {
        var id = await EnrolledCaseAsync(Head, Spouse);
        ledger.Today(2026, 9, 29);
        object[] records =
        [
            new { idNumber = Spouse.IdNumber, sourceDepartment = "公安", kind = "死亡", date = "2026-09-20", detail = "死亡注销户口" },
            new { idNumber = Households.Id("140429", "19990101", "799"), sourceDepartment = "公安", kind = "死亡", date = "2026-09-20" },
        ];
        var answer = await PostAsync(records);
        answer.Value<int>("matched").ShouldBe(1);
        answer.Value<int>("unmatched").ShouldBe(1);
        answer.Value<int>("warningsRaised").ShouldBe(1);
        (await PostAsync(records)).Value<int>("alreadyKnown").ShouldBe(1);

        var row = (await Host.ListAsync("should-exit")).RowOf(id).ShouldNotBeNull();
        row.Text("reason").ShouldContain("公安死亡");
        // 10 WD from Tue 29 Sep 2026 over 国庆: 30 Sep, 8, 9, Sat 10 (调休), 12–16, 19 Oct.
        row.Text("dueOn").ShouldBe("2026-10-19");
        var warning = (await Host.ListAsync("warnings")).RowOf(id).ShouldNotBeNull();
        var warningId = warning["warnings"]![0]!.Value<Guid>("warningId");
        ledger.Today(2026, 10, 8);

        await Host.Scenario(s =>
        {
            s.Post.Json(new { outcome = "Dismissed", verifiedOn = "2026-10-08", verifiedBy = "核查员" }).ToUrl($"/api/households/{id}/warnings/{warningId}/verification");
            s.StatusCodeShouldBe(400);
        });
        await Host.Scenario(s =>
        {
            s.Post.Json(new { outcome = "Confirmed", verifiedOn = "2026-10-08", verifiedBy = "核查员" }).ToUrl($"/api/households/{id}/warnings/{Guid.NewGuid()}/verification");
            s.StatusCodeShouldBe(404);
        });
        await Host.Scenario(s =>
        {
            s.Post.Json(new { outcome = "Dismissed", reason = "重名误报，本人健在", verifiedOn = "2026-10-08", verifiedBy = "核查员" })
                .ToUrl($"/api/households/{id}/warnings/{warningId}/verification");
            s.StatusCodeShouldBeOk();
        });
        await Host.Scenario(s =>
        {
            s.Post.Json(new { outcome = "Confirmed", verifiedOn = "2026-10-08", verifiedBy = "核查员" }).ToUrl($"/api/households/{id}/warnings/{warningId}/verification");
            s.StatusCodeShouldBe(409);
        });
        (await Host.ListAsync("should-exit")).RowOf(id).ShouldBeNull();
        (await Host.ListAsync("warnings")).RowOf(id).ShouldBeNull();
    }

    [Fact]
    public async Task A_confirmed_vehicle_record_from_a_csv_file_keeps_the_case_on_should_exit_until_it_exits()
    {
        var owner = Person("黄德胜", "19700404", "711");
        var id = await EnrolledCaseAsync(owner, Person("何秀兰", "19720505", "712", Relation.Spouse));
        ledger.Today(2026, 5, 11);
        var csv = "\uFEFFidNumber,sourceDepartment,kind,date,detail\r\n" +
                  $"{owner.IdNumber},公安交管,车辆登记,2026-05-01,\"小型轿车，晋D·12345\"\r\n";
        var upload = await Host.Scenario(s =>
        {
            s.Post.MultipartFormData(new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "vehicles.csv" } })
                .ToUrl("/api/data-comparisons/file");
            s.StatusCodeShouldBeOk();
        });
        (await upload.ReadJsonNodeAsync()).Value<int>("warningsRaised").ShouldBe(1);

        var warningId = (await Host.ListAsync("warnings")).RowOf(id)!["warnings"]![0]!.Value<Guid>("warningId");
        await Host.Scenario(s =>
        {
            s.Post.Json(new { outcome = "Confirmed", verifiedOn = "2026-05-12", verifiedBy = "核查员" }).ToUrl($"/api/households/{id}/warnings/{warningId}/verification");
            s.StatusCodeShouldBe(400);
        });
        await Host.Scenario(s =>
        {
            s.Post.Json(new { outcome = "Confirmed", verifiedOn = "2026-05-11", verifiedBy = "核查员" }).ToUrl($"/api/households/{id}/warnings/{warningId}/verification");
            s.StatusCodeShouldBeOk();
        });
        (await Host.ListAsync("should-exit")).RowOf(id)!.Text("reason").ShouldContain("经核实属实");

        await ledger.Store.AppendAsync(id, new CaseExited(ExitReason.Other, new YearMonth(2026, 6), "科长丙", "拥有机动车"));
        (await Host.ListAsync("should-exit")).RowOf(id).ShouldBeNull();
    }

    [Fact]
    public async Task Bad_records_are_a_problem_keyed_by_record_and_change_nothing()
    {
        var answer = await PostAsync(new object[] { new { idNumber = "140429196201017011", sourceDepartment = "", kind = "死亡", date = "2026-13-01" } }, 400);
        var errors = answer["errors"]!.AsObject().Select(e => e.Key).ToList();
        errors.ShouldContain("[0].idNumber");
        errors.ShouldContain("[0].sourceDepartment");
        errors.ShouldContain("[0].date");

        var upload = await Host.Scenario(s =>
        {
            s.Post.MultipartFormData(new MultipartFormDataContent { { new ByteArrayContent("id,kind\r\n1,2\r\n"u8.ToArray()), "file", "bad.csv" } })
                .ToUrl("/api/data-comparisons/file");
            s.StatusCodeShouldBe(400);
        });
        (await upload.ReadJsonNodeAsync())["errors"]!["file"].ShouldNotBeNull();
    }
}
