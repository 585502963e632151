using System.Text.Json.Nodes;
using Alba;
using Assistance.Host.Tests.Support;
using static Assistance.Host.Tests.Support.Households;

namespace Assistance.Host.Tests.Cases;

/// <summary>Every 400, 404 and 409 path of the case commands, each answered with problem details and changing nothing.</summary>
public class CommandRefusalTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private IAlbaHost Host => ledger.Host;

    private async Task<JsonNode> ProblemAsync(string url, object body, int status)
    {
        var result = await Host.Scenario(s =>
        {
            s.Post.Json(body).ToUrl(url);
            s.StatusCodeShouldBe(status);
            s.ContentTypeShouldBe("application/problem+json");
        });
        return await result.ReadJsonNodeAsync();
    }

    private async Task<long> VersionOf(Guid id) => (await Host.GetCaseAsync(id)).Value<long>("version");

    [Fact]
    public async Task A_bad_application_lists_every_bad_field()
    {
        var problem = await ProblemAsync("/api/households", new
        {
            countyCode = "999999",
            residence = "Downtown",
            program = "Dibao",
            appliedOn = "2025-02-30",
            members = new object[]
            {
                new { name = "甲", idNumber = "140429197003080110", relation = "Self" },
                new { name = "", idNumber = SpouseId, relation = "Self" },
            },
        }, 400);
        var errors = problem["errors"]!.AsObject();
        errors.Select(e => e.Key).ShouldBe(
            ["countyCode", "residence", "appliedOn", "members[0].idNumber", "members[1].name", "members"], ignoreOrder: true);
        problem.Text("title").ShouldNotBeNullOrWhiteSpace();
        problem.Text("detail").ShouldContain("6");
    }

    [Fact]
    public async Task Unknown_cases_are_404()
    {
        var problem = await ProblemAsync($"/api/households/{Guid.NewGuid()}/commitments", Commitment(), 404);
        problem.Text("title").ShouldBe("案件不存在");
        await Host.Scenario(s =>
        {
            s.Get.Url($"/api/households/{Guid.NewGuid()}");
            s.StatusCodeShouldBe(404);
        });
    }

    [Fact]
    public async Task A_step_out_of_order_is_409_and_names_the_missing_step()
    {
        var id = await Host.ApplyAsync();
        var problem = await ProblemAsync($"/api/households/{id}/assessments", Assessment(), 409);
        problem.Text("detail").ShouldContain("双承诺");
        problem = await ProblemAsync($"/api/households/{id}/decisions",
            new { decision = "Approve", effectiveMonth = "2025-02", monthlyAmount = 100m, decidedBy = "赵" }, 409);
        problem.Text("detail").ShouldContain("经济状况认定");
        (await VersionOf(id)).ShouldBe(1);
    }

    [Fact]
    public async Task An_all_zero_case_id_is_400()
    {
        var problem = await ProblemAsync("/api/households", Application(Guid.Empty), 400);
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["id"]);
    }

    [Fact]
    public async Task A_reused_case_id_is_409()
    {
        var id = Guid.NewGuid();
        await Host.ApplyAsync(Application(id));
        await ProblemAsync("/api/households", Application(id), 409);
        (await VersionOf(id)).ShouldBe(1);
    }

    [Fact]
    public async Task A_stale_expected_version_is_409_and_changes_nothing()
    {
        var id = await Host.ApplyAsync();
        await Host.PostAsync(id, "commitments", new { applicantSigned = true, agencySigned = true, signedOn = "2025-01-07", signedBy = "张", expectedVersion = 1 });
        var problem = await ProblemAsync($"/api/households/{id}/assessments",
            new { assessedOn = "2025-01-13", monthlyIncome = 600m, assessedBy = "李", expectedVersion = 1 }, 409);
        problem.Text("title").ShouldBe("案件已被他人修改");
        (await VersionOf(id)).ShouldBe(2);
        (await Host.GetCaseAsync(id)).Text("status").ShouldBe("Committed");
    }

    [Fact]
    public async Task Two_writers_racing_on_one_case_never_both_win()
    {
        var id = await Host.ApplyAsync();
        await Host.PostAsync(id, "commitments", Commitment());
        var writers = Enumerable.Range(0, 6).Select(i => Host.Server.CreateClient().PostAsync(
            $"/api/households/{id}/assessments",
            JsonContent(new { assessedOn = "2025-01-13", monthlyIncome = 100m * i, assessedBy = $"调查员{i}", expectedVersion = 2 })));
        var statuses = (await Task.WhenAll(writers)).Select(r => (int)r.StatusCode).ToList();
        statuses.Count(s => s == 200).ShouldBe(1);
        statuses.Count(s => s == 409).ShouldBe(5);
        (await VersionOf(id)).ShouldBe(3);
    }

    [Fact]
    public async Task Racing_writers_without_an_expected_version_do_not_lose_updates()
    {
        var id = await Host.ApplyAsync();
        await Host.PostAsync(id, "commitments", Commitment());
        var writers = Enumerable.Range(0, 6).Select(i => Host.Server.CreateClient().PostAsync(
            $"/api/households/{id}/assessments",
            JsonContent(new { assessedOn = "2025-01-13", monthlyIncome = 100m * i, assessedBy = $"调查员{i}" })));
        var statuses = (await Task.WhenAll(writers)).Select(r => (int)r.StatusCode).ToList();
        statuses.ShouldAllBe(s => s == 200 || s == 409);
        var succeeded = statuses.Count(s => s == 200);
        succeeded.ShouldBeGreaterThanOrEqualTo(1);
        (await VersionOf(id)).ShouldBe(2 + succeeded);
    }

    [Fact]
    public async Task Invalid_command_fields_are_400()
    {
        var id = await Host.ApplyAsync();
        var problem = await ProblemAsync($"/api/households/{id}/exits", new { reason = "Bored", effectiveMonth = "2025-13", decidedBy = "" }, 400);
        // decidedBy is not read (the signed-in approver decides), so a blank one is no error.
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["reason", "effectiveMonth"], ignoreOrder: true);
        problem = await ProblemAsync($"/api/households/{id}/temporary-assistance",
            new { kind = "Emergency", amount = -3.5m, grantedOn = "2025-01-08", reason = "火灾", grantedBy = "张" }, 400);
        problem["errors"]!["amount"].ShouldNotBeNull();
        (await VersionOf(id)).ShouldBe(1);
    }

    [Fact]
    public async Task Null_list_items_are_400_keyed_by_their_index()
    {
        var problem = await ProblemAsync("/api/households", new
        {
            countyCode = "140429", residence = "Rural", program = "Dibao", appliedOn = "2025-01-06",
            members = new object?[] { new { name = "王大山", idNumber = ApplicantId, relation = "Self" }, null },
        }, 400);
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["members[1]"]);

        var id = await Host.ApplyAsync();
        problem = await ProblemAsync($"/api/households/{id}/assessments",
            new { assessedOn = "2025-01-13", assessedBy = "李", incomes = new object?[] { new { kind = "Wages", amount = 900m }, null } }, 400);
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldContain("incomes[1]");
        problem = await ProblemAsync($"/api/households/{id}/reviews",
            new { reviewedOn = "2025-01-13", reviewedBy = "李", incomes = new object?[] { null } }, 400);
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldContain("incomes[0]");
        (await VersionOf(id)).ShouldBe(1);
    }

    [Fact]
    public async Task Dates_and_months_far_outside_the_ledger_years_are_400()
    {
        var id = await Host.ApplyAsync();
        await Host.PostAsync(id, "commitments", Commitment());
        await Host.PostAsync(id, "assessments", Assessment());
        var problem = await ProblemAsync($"/api/households/{id}/decisions",
            new { decision = "Approve", effectiveMonth = "9999-12", monthlyAmount = 100m, decidedBy = "赵" }, 400);
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["effectiveMonth"]);
        problem = await ProblemAsync($"/api/households/{id}/exits", new { reason = "Death", effectiveMonth = "0001-01", decidedBy = "赵" }, 400);
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["effectiveMonth"]);
        await Host.Scenario(s =>
        {
            s.Get.Url($"/api/households/{id}?asOf=9999-12-31");
            s.StatusCodeShouldBe(400);
        });
        (await VersionOf(id)).ShouldBe(3);
    }

    [Fact]
    public async Task A_bad_asOf_is_400() =>
        await Host.Scenario(s =>
        {
            s.Get.Url($"/api/households/{Guid.NewGuid()}?asOf=yesterday");
            s.StatusCodeShouldBe(400);
        });

    private static StringContent JsonContent(object body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}
