using System.Diagnostics;
using System.Text.Json.Nodes;
using Assistance.Host.Storage;
using Assistance.Host.Tests.Support;
using Xunit.Abstractions;

namespace Assistance.Host.Tests.Operations;

/// <summary>
/// Several ledger processes on one database. With Wolverine-managed distribution, the projections of a node killed with -9
/// are taken over by another node within 15 s and the figures stay exact; two nodes left in Solo mode do not both run the daemon.
/// </summary>
public class SeveralNodesTests(ITestOutputHelper output)
{
    private static readonly TimeSpan TakeoverBound = TimeSpan.FromSeconds(15);

    private static readonly Dictionary<string, string> Distributed = new() { ["Ledger__DaemonDistribution"] = "Wolverine" };

    [Fact]
    public async Task When_the_node_running_the_statistics_is_killed_another_takes_them_over_within_15_seconds_and_the_figures_stay_exact()
    {
        var database = await TestDatabase.CreateAsync(nameof(SeveralNodesTests) + "failover");
        await using var first = await LedgerNode.StartAsync(database, Distributed);
        var firstNodeId = await WaitForNodesAsync(database, 1);
        await using var second = await LedgerNode.StartAsync(database, Distributed);
        await WaitForNodesAsync(database, 2);

        var traffic = new CaseTraffic("140431");
        foreach (var node in new[] { first, second, first, second })
            foreach (var command in traffic.Lifecycle()) (await traffic.SendAsync(node, command)).ShouldBeTrue();
        var statisticsNode = await WaitForAgentAsync(database, CaseReadModels.Name.ToLowerInvariant());
        await StoreTables.WaitForProjectionsAsync(database, TimeSpan.FromSeconds(60));

        var (victim, survivor) = statisticsNode == firstNodeId ? (first, second) : (second, first);
        await victim.KillAsync();
        var sinceKill = Stopwatch.StartNew();
        foreach (var command in traffic.Lifecycle().Concat(traffic.Lifecycle())) (await traffic.SendAsync(survivor, command)).ShouldBeTrue();
        await StoreTables.WaitForProjectionsAsync(database, TakeoverBound * 2);
        var takeover = sinceKill.Elapsed;
        output.WriteLine($"the statistics ran on node {statisticsNode}; after kill -9 the other node had caught the projections up in {takeover.TotalSeconds:F1} s " +
                         $"(heartbeat {NodeFailover.HeartbeatEvery.TotalSeconds} s, dead after {NodeFailover.DeadAfter.TotalSeconds} s)");
        takeover.ShouldBeLessThan(TakeoverBound);

        // Exact: every enrolment the client saw acknowledged is counted once, on whichever node it was counted.
        var enrolled = traffic.Acknowledgements.Count(a => a.Command.Step == "approve");
        enrolled.ShouldBe(6);
        using var answer = await survivor.SendAsync(HttpMethod.Get,
            $"/api/statistics/monthly?countyCode=140431&program=Dibao&month={CaseTraffic.Today.PlusMonths(1):yyyy-MM}", TestUsers.Caseworker);
        var row = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!.AsArray().Single()!;
        row["newHouseholds"]!.GetValue<int>().ShouldBe(enrolled);
        row["closingHouseholds"]!.GetValue<int>().ShouldBe(enrolled);
        row["closingPersons"]!.GetValue<int>().ShouldBe(enrolled);
    }

    [Fact]
    public async Task A_second_node_left_in_Solo_mode_says_why_and_runs_no_daemon()
    {
        var database = await TestDatabase.CreateAsync(nameof(SeveralNodesTests) + "solo");
        await using var first = await LedgerNode.StartAsync(database);
        await using var second = await LedgerNode.StartAsync(database);

        first.Log.ShouldNotContain(line => line.Contains("Another node runs the Solo projection daemon"));
        second.Log.ShouldContain(line => line.Contains("Another node runs the Solo projection daemon") && line.Contains("WITHOUT the daemon"));

        // The one daemon keeps the projections of both nodes' commands, without the errors of two daemons racing.
        var traffic = new CaseTraffic("140427");
        foreach (var node in new[] { second, first })
            foreach (var command in traffic.Lifecycle()) (await traffic.SendAsync(node, command)).ShouldBeTrue();
        await StoreTables.WaitForProjectionsAsync(database, TimeSpan.FromSeconds(60));
        foreach (var node in new[] { first, second })
            node.Log.ShouldNotContain(line => line.Contains("duplicate key") || line.Contains("ProgressionProgressOutOfOrder"));
    }

    /// <returns>The id of the node registered first.</returns>
    private static async Task<Guid> WaitForNodesAsync(string database, int count)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var nodes = await StoreTables.ColumnAsync<Guid>(database, "select id from assistance.wolverine_nodes order by started");
            if (nodes.Count >= count) return nodes[0];
            await Task.Delay(200);
        }
        throw new TimeoutException($"{count} Wolverine nodes did not register");
    }

    /// <returns>The node the agent whose address contains <paramref name="name"/> is assigned to.</returns>
    private static async Task<Guid> WaitForAgentAsync(string database, string name)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var nodes = await StoreTables.ColumnAsync<Guid>(database,
                $"select node_id from assistance.wolverine_node_assignments where lower(id) like '%{name}%'");
            if (nodes.Count == 1) return nodes[0];
            await Task.Delay(200);
        }
        var agents = await StoreTables.ColumnAsync<string>(database, "select id from assistance.wolverine_node_assignments");
        throw new TimeoutException($"No node runs an agent named like {name}: {string.Join(", ", agents)}");
    }
}
