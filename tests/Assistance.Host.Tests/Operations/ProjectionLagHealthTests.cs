using System.Text.Json.Nodes;
using Assistance.Host.Tests.Support;
using Marten;
using Marten.Events;

namespace Assistance.Host.Tests.Operations;

/// <summary>/health reports each projection's lag and answers Degraded when one is further behind than allowed.</summary>
public class ProjectionLagHealthTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private async Task<JsonNode> HealthAsync()
    {
        using var client = ledger.Host.Server.CreateClient();
        var response = await client.GetAsync("/health");
        ((int)response.StatusCode).ShouldBe(200);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private async Task SetProgressAsync(string expression)
    {
        await using var session = ledger.Store.LightweightSession();
        session.QueueSqlCommand($"update assistance.mt_event_progression set last_seq_id = {expression} where name <> 'HighWaterMark'");
        await session.SaveChangesAsync();
    }

    [Fact]
    public async Task Health_is_degraded_while_a_projection_lags_past_the_limit_and_healthy_once_caught_up()
    {
        ledger.Today(2025, 3, 3);
        await ledger.Host.ApplyAsync();
        await ledger.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        var caughtUp = await HealthAsync();
        caughtUp["status"]!.GetValue<string>().ShouldBe("Healthy", caughtUp.ToJsonString());

        // An artificial lag: the projections' recorded progress set 1,000 events behind the store.
        await SetProgressAsync("last_seq_id - 1000");
        var lagging = await HealthAsync();
        lagging["status"]!.GetValue<string>().ShouldBe("Degraded");
        lagging["checks"]!["projections"]!["description"]!.GetValue<string>().ShouldContain("落后");
        lagging["checks"]!["projections"]!["data"]!.AsObject().Select(p => p.Value!.GetValue<long>()).ShouldAllBe(l => l >= 1000);

        await SetProgressAsync("last_seq_id + 1000");
        (await HealthAsync())["status"]!.GetValue<string>().ShouldBe("Healthy");
    }
}
