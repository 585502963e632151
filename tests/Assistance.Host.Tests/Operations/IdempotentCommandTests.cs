using System.Net;
using System.Text;
using System.Text.Json;
using Assistance.Host.Tests.Support;
using Marten;
using static Assistance.Host.Tests.Support.Households;

namespace Assistance.Host.Tests.Operations;

/// <summary>The contract's idempotent commands: a retry with the same key and body is answered exactly as the first and appends nothing.</summary>
public class IdempotentCommandTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private sealed record Answer(HttpStatusCode Status, string Body, string? Location);

    private async Task<Answer> SendAsync(string method, string url, object body, string key, string? token = null)
    {
        using var client = ledger.Host.Server.CreateClient();
        var request = new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", key);
        if (token is not null) request.Headers.Authorization = new("Bearer", token);
        var response = await client.SendAsync(request);
        return new Answer(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location?.ToString());
    }

    private async Task<long> EventsAsync()
    {
        await using var session = ledger.Store.QuerySession();
        return await session.Events.QueryAllRawEvents().CountAsync();
    }

    /// <summary>Sends the command twice with one key: the second answer is the first, and only the first appended.</summary>
    private async Task<Answer> TwiceAsync(string method, string url, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var key = Guid.NewGuid().ToString();
        var before = await EventsAsync();
        var first = await SendAsync(method, url, body, key);
        first.Status.ShouldBe(expected, first.Body);
        var afterFirst = await EventsAsync();
        afterFirst.ShouldBeGreaterThan(before);

        var again = await SendAsync(method, url, body, key);
        again.ShouldBe(first);
        (await EventsAsync()).ShouldBe(afterFirst);
        return first;
    }

    [Fact]
    public async Task Every_step_of_a_case_repeated_with_its_key_is_answered_as_the_first_time_and_recorded_once()
    {
        ledger.Today(2025, 3, 3);
        var applied = await TwiceAsync("POST", "/api/households", Application(appliedOn: "2025-03-03"), HttpStatusCode.Created);
        applied.Location.ShouldNotBeNull();
        var id = JsonDocument.Parse(applied.Body).RootElement.GetProperty("id").GetGuid();

        await TwiceAsync("POST", $"/api/households/{id}/commitments", Commitment("2025-03-03"));
        await TwiceAsync("POST", $"/api/households/{id}/assessments", Assessment("2025-03-03"));
        await TwiceAsync("POST", $"/api/households/{id}/decisions", new { decision = "Approve", effectiveMonth = "2025-04" });
        await TwiceAsync("POST", $"/api/households/{id}/temporary-assistance",
            new { kind = "Emergency", amount = 500m, grantedOn = "2025-03-03", reason = "房屋失火" });
        await TwiceAsync("POST", $"/api/households/{id}/reviews",
            new { reviewedOn = "2025-03-03", monthlyIncome = 600m, incomeChangeCause = "Employment" });
        await TwiceAsync("POST", $"/api/households/{id}/exits", new { reason = "MovedAway", effectiveMonth = "2025-04" });
    }

    [Fact]
    public async Task A_policy_change_repeated_with_its_key_sets_one_version()
    {
        var policy = await ledger.Host.Scenario(s => s.Get.Url("/api/counties/140427/policy"));
        var body = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(await policy.ReadAsTextAsync())!;
        body["effectiveFrom"] = JsonSerializer.SerializeToElement("2026-01");
        body.Remove("version");
        await TwiceAsync("PUT", "/api/counties/140427/policy", body.Where(p => p.Key is not ("countyCode" or "county" or "recordedAt" or "setBy" or "countyName" or "month" or "isDefault")).ToDictionary());
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_a_422_and_records_nothing()
    {
        ledger.Today(2025, 3, 3);
        var key = Guid.NewGuid().ToString();
        (await SendAsync("POST", "/api/households", Application(appliedOn: "2025-03-03"), key)).Status.ShouldBe(HttpStatusCode.Created);
        var before = await EventsAsync();

        var other = await SendAsync("POST", "/api/households", Application(appliedOn: "2025-03-02"), key);

        other.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        other.Body.ShouldContain("幂等键");
        (await EventsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Keys_belong_to_their_user_so_another_user_with_the_same_key_runs_their_own_command()
    {
        ledger.Today(2025, 3, 3);
        var key = Guid.NewGuid().ToString();
        var first = await SendAsync("POST", "/api/households", Application(appliedOn: "2025-03-03"), key);
        var second = await SendAsync("POST", "/api/households", Application(appliedOn: "2025-03-03"), key,
            ledger.Host.TokenFor(TestUsers.SecondCaseworker));
        second.Status.ShouldBe(HttpStatusCode.Created);
        second.Location.ShouldNotBe(first.Location);
    }
}
