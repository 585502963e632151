using System.Net;
using System.Text;
using System.Text.Json;
using Alba;
using Assistance.Host.Tests.Statistics;
using Assistance.Host.Tests.Support;
using static Assistance.Host.Tests.Support.Households;

namespace Assistance.Host.Tests.IllnessPoverty;

/// <summary>认定因病致贫 through HTTP: recorded as the signed-in user, in the history and on the case, within the user's counties.</summary>
public class IllnessPovertyEndpointTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private IAlbaHost Host => ledger.Host;

    private static object Finding(string recognisedOn = "2025-03-05") =>
        new { recognisedOn, evidence = "尿毒症透析，近一年自付医疗费 3.2 万元（医院票据）", idNumber = SpouseId, recognisedBy = "别人" };

    private async Task<Guid> CaseAsync()
    {
        ledger.Today(2025, 3, 5);
        return await Host.ApplyAsync(Application(appliedOn: "2025-03-03"));
    }

    [Fact]
    public async Task Is_recorded_by_the_signed_in_user_and_shown_in_the_history_and_on_the_case()
    {
        var id = await CaseAsync();

        await Host.PostAsync(id, "illness-poverty", Finding(), user: TestUsers.CaseworkerOf("140429"));

        var view = await Host.GetCaseAsync(id);
        var recognised = view["illnessPoverty"]!.AsArray().ShouldHaveSingleItem()!;
        recognised.Text("effectiveMonth").ShouldBe("2025-03");
        recognised.Text("recognisedBy").ShouldBe("经办员140429（caseworker-140429）");
        recognised.Text("evidence").ShouldStartWith("尿毒症透析");
        var history = (await Host.GetJsonAsync($"/api/households/{id}/history")).AsArray();
        var entry = history.Last()!;
        entry.Text("type").ShouldBe("IllnessPovertyRecognised");
        entry.Text("label").ShouldBe("认定因病致贫");
        entry.Text("actor").ShouldBe("经办员140429（caseworker-140429）");
    }

    [Fact]
    public async Task Another_county_s_case_is_404_and_its_statistics_403()
    {
        var id = await CaseAsync();

        await Host.PostAsync(id, "illness-poverty", Finding(), status: 404, user: TestUsers.CaseworkerOf("140403"));
        await Host.Scenario(s =>
        {
            s.Get.Url("/api/statistics/illness-poverty?month=2025-03&countyCode=140429");
            s.As(TestUsers.AuditorOf("140403"));
            s.StatusCodeShouldBe(403);
        });
        await Host.Scenario(s =>
        {
            s.Post.Json(Finding()).ToUrl($"/api/households/{id}/illness-poverty");
            s.As(TestUsers.AuditorOf("140429"));
            s.StatusCodeShouldBe(403);
        });
    }

    [Fact]
    public async Task Bad_input_is_a_400_naming_every_field()
    {
        var id = await CaseAsync();

        var result = await Host.Scenario(s =>
        {
            s.Post.Json(new { recognisedOn = "2025-02-30", effectiveMonth = "2025-13", evidence = " ", idNumber = "1404291970030801" })
                .ToUrl($"/api/households/{id}/illness-poverty");
            s.StatusCodeShouldBe(400);
        });
        var errors = (await result.ReadJsonNodeAsync())["errors"]!.AsObject();
        errors.Select(e => e.Key).Order().ShouldBe(["effectiveMonth", "evidence", "idNumber", "recognisedOn"]);
    }

    [Fact]
    public async Task A_repeat_with_its_key_is_answered_as_the_first_and_recorded_once_and_a_plain_repeat_is_409()
    {
        var id = await CaseAsync();
        var key = Guid.NewGuid().ToString();

        var first = await SendAsync(id, key);
        var again = await SendAsync(id, key);

        first.Status.ShouldBe(HttpStatusCode.OK, first.Body);
        again.ShouldBe(first);
        (await Host.GetCaseAsync(id))["illnessPoverty"]!.AsArray().Count.ShouldBe(1);
        var plain = await SendAsync(id, Guid.NewGuid().ToString());
        plain.Status.ShouldBe(HttpStatusCode.Conflict);
        plain.Body.ShouldContain("已认定因病致贫");
    }

    private async Task<(HttpStatusCode Status, string Body)> SendAsync(Guid id, string key)
    {
        using var client = Host.Server.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/households/{id}/illness-poverty")
        {
            Content = new StringContent(JsonSerializer.Serialize(Finding()), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", key);
        var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
