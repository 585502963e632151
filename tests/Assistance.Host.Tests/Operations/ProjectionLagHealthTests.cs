using System.Net;
using System.Text.Json.Nodes;
using Assistance.Host.Tests.Support;
using JasperFx.Events.Daemon;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Assistance.Host.Tests.Operations;

/// <summary>
/// /health reports each projection's lag in events and seconds: Degraded when one is further behind than allowed,
/// Unhealthy when one has stopped.
/// </summary>
public class ProjectionLagHealthTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private async Task<JsonNode> HealthAsync()
    {
        using var client = ledger.Host.Server.CreateClient();
        var response = await client.GetAsync("/health");
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!;
    }

    private static IEnumerable<(string Name, long Events, double Seconds)> Projections(JsonNode health) =>
        health["checks"]!["projections"]!["data"]!.AsObject().Select(p =>
            (p.Key, p.Value!["eventsBehind"]!.GetValue<long>(), p.Value!["secondsBehind"]!.GetValue<double>()));

    private async Task SetProgressAsync(string expression)
    {
        await using var session = ledger.Store.LightweightSession();
        session.QueueSqlCommand($"update assistance.mt_event_progression set last_seq_id = {expression} where name not like 'HighWater%'");
        await session.SaveChangesAsync();
    }

    private async Task CaughtUpAsync()
    {
        await ledger.Host.ApplyAsync();
        await ledger.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        var caughtUp = await HealthAsync();
        caughtUp["status"]!.GetValue<string>().ShouldBe("Healthy", caughtUp.ToJsonString());
        Projections(caughtUp).ShouldNotBeEmpty();
        Projections(caughtUp).ShouldAllBe(p => p.Events == 0 && p.Seconds == 0);
    }

    [Fact]
    public async Task Health_is_degraded_while_a_projection_lags_past_the_limit_in_events_and_healthy_once_caught_up()
    {
        ledger.Today(2025, 3, 3);
        await CaughtUpAsync();

        // An artificial lag: the projections' recorded progress set 1,000 events behind the store.
        await SetProgressAsync("last_seq_id - 1000");
        var lagging = await HealthAsync();
        lagging["status"]!.GetValue<string>().ShouldBe("Degraded");
        lagging["checks"]!["projections"]!["description"]!.GetValue<string>().ShouldContain("落后");
        Projections(lagging).ShouldAllBe(p => p.Events >= 1000);

        await SetProgressAsync("last_seq_id + 1000");
        (await HealthAsync())["status"]!.GetValue<string>().ShouldBe("Healthy");
    }

    [Fact]
    public async Task Health_is_degraded_when_the_oldest_unapplied_event_is_older_than_allowed_though_few_events_lag()
    {
        ledger.Today(2025, 4, 1);
        await CaughtUpAsync();

        // One event behind, well under the 500-event limit, but recorded ten minutes ago (the limit is 60 s).
        await SetProgressAsync("last_seq_id - 1");
        ledger.Clock.Advance(TimeSpan.FromMinutes(10));
        var lagging = await HealthAsync();
        lagging["status"]!.GetValue<string>().ShouldBe("Degraded", lagging.ToJsonString());
        lagging["checks"]!["projections"]!["description"]!.GetValue<string>().ShouldContain("秒");
        Projections(lagging).ShouldAllBe(p => p.Events == 1 && p.Seconds >= 600);

        await SetProgressAsync("last_seq_id + 1");
        (await HealthAsync())["status"]!.GetValue<string>().ShouldBe("Healthy");
    }

    [Fact]
    public async Task Health_is_unhealthy_while_a_projection_is_stopped_and_healthy_once_it_runs_again()
    {
        ledger.Today(2025, 5, 6);
        await CaughtUpAsync();
        var daemon = ledger.Host.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        var shard = daemon.CurrentAgents().First().Name.Identity;

        await daemon.StopAgentAsync(shard);
        // Unhealthy in the body; HTTP 200 all the same, since the node still serves commands and reads.
        var stopped = await HealthAsync();
        stopped["status"]!.GetValue<string>().ShouldBe("Unhealthy");
        stopped["checks"]!["projections"]!["description"]!.GetValue<string>().ShouldContain(shard);
        stopped["checks"]!["projections"]!["data"]![shard]!["running"]!.GetValue<bool>().ShouldBeFalse();

        await daemon.StartAgentAsync(shard, CancellationToken.None);
        await daemon.WaitForShardToBeRunning(shard, TimeSpan.FromSeconds(30));
        (await HealthAsync())["status"]!.GetValue<string>().ShouldBe("Healthy");
    }
}
