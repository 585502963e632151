using System.Diagnostics;
using Assistance.Host.Tests.Support;
using Xunit.Abstractions;

namespace Assistance.Host.Tests.Operations;

/// <summary>
/// kill -9 of the host under load: every command the clients saw acknowledged is in the store, a command left unanswered
/// is in it whole or not at all (sent again with its key, it is answered), and the restarted host's projections catch up by
/// themselves to exactly what a rebuild from the events gives.
/// </summary>
public class CrashTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string> EventOfStep = new()
    {
        ["apply"] = "application_received", ["commit"] = "dual_commitment_signed", ["assess"] = "economic_status_assessed", ["approve"] = "enrolment_approved",
    };

    [Fact]
    public async Task Kill_9_under_load_loses_no_acknowledged_command_and_the_projections_catch_up_to_a_rebuild()
    {
        var clock = Stopwatch.StartNew();
        var database = await TestDatabase.CreateAsync(nameof(CrashTests));
        var traffic = new CaseTraffic("140425");
        await using (var node = await LedgerNode.StartAsync(database))
        {
            using var load = new CancellationTokenSource();
            var clients = Enumerable.Range(0, 3).Select(_ => Task.Run(() => traffic.RunAsync(node, load.Token))).ToList();
            while (traffic.Acknowledgements.Count < 40) await Task.Delay(50);
            await node.KillAsync();
            await Task.WhenAll(clients);
        }
        output.WriteLine($"killed after {traffic.Acknowledgements.Count} acknowledged commands; {traffic.Unanswered.Count} in flight; {clock.Elapsed.TotalSeconds:F1} s");
        traffic.Unanswered.ShouldNotBeEmpty();

        await using (var node = await LedgerNode.StartAsync(database))
        {
            var stored = await StoredEventsAsync(database);
            foreach (var ack in traffic.Acknowledgements)
                stored.GetValueOrDefault((ack.Command.CaseId, ack.Version)).ShouldBe(EventOfStep[ack.Command.Step], $"{ack.Command.Step} of {ack.Command.CaseId}");

            // What was in flight is in the store whole or not at all; sent again with its key it is answered, not run twice.
            var inFlight = traffic.Unanswered.Select(u => u.Command).ToList();
            foreach (var command in inFlight)
            {
                var committedBefore = stored.Any(s => s.Key.CaseId == command.CaseId && s.Value == EventOfStep[command.Step]);
                using var again = await node.SendAsync(command.Method, command.Path, command.User, command.Body, command.Key);
                var text = await again.Content.ReadAsStringAsync();
                output.WriteLine($"{command.Step} in flight, {(committedBefore ? "committed" : "not committed")} before the kill: sent again {(int)again.StatusCode}");
                // A committed one gets the answer stored with it in its own transaction, never a 409 for a lost answer.
                again.IsSuccessStatusCode.ShouldBeTrue(text);
            }
            var after = await StoredEventsAsync(database);
            foreach (var command in inFlight)
                after.Count(s => s.Key.CaseId == command.CaseId && s.Value == EventOfStep[command.Step]).ShouldBe(1);

            try { await StoreTables.WaitForProjectionsAsync(database, TimeSpan.FromSeconds(60)); }
            catch (TimeoutException)
            {
                output.WriteLine(string.Join('\n', node.Log.Where(l => l.Contains("fail", StringComparison.OrdinalIgnoreCase) || l.Contains("error", StringComparison.OrdinalIgnoreCase)).Take(40)));
                throw;
            }
            var incremental = await StoreTables.ProjectionFingerprintsAsync(database);
            await node.KillAsync();

            var rebuild = await LedgerProcess.RunAsync(database, "rebuild-projections");
            rebuild.ExitCode.ShouldBe(0, rebuild.Errors);
            var rebuilt = await StoreTables.ProjectionFingerprintsAsync(database);
            incremental.Count.ShouldBeGreaterThan(traffic.Acknowledgements.Count(a => a.Command.Step == "apply"));
            incremental.Where(d => rebuilt.GetValueOrDefault(d.Key) != d.Value).Select(d => d.Key)
                .Concat(rebuilt.Keys.Except(incremental.Keys)).ShouldBeEmpty();
        }
        output.WriteLine($"whole test {clock.Elapsed.TotalSeconds:F1} s");
    }

    private static async Task<Dictionary<(Guid CaseId, long Version), string>> StoredEventsAsync(string database)
    {
        var rows = await StoreTables.ColumnAsync<string>(database, "select stream_id::text || '|' || version || '|' || type from assistance.mt_events");
        return rows.Select(r => r.Split('|')).ToDictionary(p => (Guid.Parse(p[0]), long.Parse(p[1])), p => p[2]);
    }
}
