using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Assistance.Host.Storage;
using Assistance.Host.Tests.Support;
using NodaTime;
using NodaTime.Text;
using Xunit.Abstractions;

namespace Assistance.Host.Tests.Operations;

/// <summary>
/// PostgreSQL stopped under a running host (its own cluster, so no other test's database goes down): every request during the
/// outage gets a zh-CN 503 problem with Retry-After within seconds, nothing of it is stored, and once the database is back
/// the same process serves again — commands, the async projections and the daily job, which catches up the days it missed once.
/// </summary>
public class DatabaseOutageTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(12);

    /// <summary>A refused connection fails at once; a hanging one after the connect time-out. Either way well before a client gives up.</summary>
    private static readonly TimeSpan QuickAnswer = TimeSpan.FromSeconds(StoreConnection.ConnectTimeoutSeconds + 1);

    [Fact]
    public async Task Requests_during_an_outage_get_a_quick_503_and_the_host_recovers_without_a_restart()
    {
        var clock = Stopwatch.StartNew();
        var directory = Path.Combine(Path.GetTempPath(), $"assistance-outage-{Environment.ProcessId}-{Guid.NewGuid():N}");
        await using var cluster = await LocalPostgresCluster.StartAsync(new LocalPostgresOptions { DataDirectory = directory, Ephemeral = true });
        var database = await cluster.CreateDatabaseAsync("outage");
        await using var node = await LedgerNode.StartAsync(database, new Dictionary<string, string>
        {
            ["Ledger__DailyChecks__Enabled"] = "true",
            ["Ledger__DailyChecks__Interval"] = "00:00:02",
        });
        output.WriteLine($"cluster and host started in {clock.Elapsed.TotalSeconds:F1} s");
        var traffic = new CaseTraffic("140429");
        foreach (var command in traffic.Lifecycle()) (await traffic.SendAsync(node, command)).ShouldBeTrue();
        var today = CaseTraffic.Today;
        await WaitForDailyChecksAsync(database, today);

        // The daily job is left three days behind, as if they had passed while the database was down, and the database stops.
        var missed = Enumerable.Range(0, 3).Select(i => today.PlusDays(i - 2)).ToList();
        var logBefore = node.Log.Count;
        await StoreTables.ScalarAsync<int>(database,
            $"update assistance.mt_doc_dailychecksprogress set data = jsonb_set(data, '{{lastCompletedDay}}', '\"{Iso(today.PlusDays(-3))}\"') returning 1");
        await cluster.StopServerAsync();
        var down = Stopwatch.StartNew();
        var refused = new List<CaseTraffic.Command>();
        var slowest = TimeSpan.Zero;
        var acknowledgedCase = traffic.Acknowledgements.First().Command.CaseId;
        while (down.Elapsed < Outage)
        {
            var command = traffic.Lifecycle()[0];
            var read = Stopwatch.StartNew();
            using var answer = await node.SendAsync(command.Method, command.Path, command.User, command.Body, command.Key);
            using var page = await node.SendAsync(HttpMethod.Get, $"/api/households/{acknowledgedCase}", TestUsers.Caseworker);
            slowest = read.Elapsed > slowest ? read.Elapsed : slowest;
            foreach (var response in new[] { answer, page })
            {
                response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, await response.Content.ReadAsStringAsync());
                response.Headers.RetryAfter.ShouldNotBeNull().Delta.ShouldBe(TimeSpan.FromSeconds(5));
                var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
                problem["title"]!.GetValue<string>().ShouldBe("数据库暂时无法访问");
                problem.ToJsonString().ShouldNotContain("   at ");
            }
            refused.Add(command);
            await Task.Delay(300);
        }
        output.WriteLine($"{refused.Count} commands and {refused.Count} reads during {down.Elapsed.TotalSeconds:F1} s down; slowest pair answered in {slowest.TotalMilliseconds:F0} ms");
        slowest.ShouldBeLessThan(QuickAnswer * 2);

        await cluster.StartServerAsync();
        var back = Stopwatch.StartNew();
        // Each refused command sent again with its key is now carried out: it had left nothing behind.
        foreach (var command in refused) (await SendUntilServedAsync(traffic, node, command)).ShouldBeTrue();
        output.WriteLine($"serving again {back.Elapsed.TotalSeconds:F1} s after PostgreSQL restarted");
        foreach (var command in traffic.Lifecycle()) (await traffic.SendAsync(node, command)).ShouldBeTrue();

        var applications = traffic.Acknowledgements.Count(a => a.Command.Step == "apply");
        applications.ShouldBe(refused.Count + 2);
        (await StoreTables.ScalarAsync<long>(database, "select count(*) from assistance.mt_events where type = 'application_received'")).ShouldBe(applications);
        var caughtUp = await StoreTables.WaitForProjectionsAsync(database, TimeSpan.FromSeconds(60));
        output.WriteLine($"projections caught up {caughtUp.TotalSeconds:F1} s after the last command");

        await WaitForDailyChecksAsync(database, today);
        var log = node.Log.Skip(logBefore).ToList();
        foreach (var day in missed) log.Count(line => line.Contains($"Daily checks for {day}:")).ShouldBe(1, $"{day} in\n{string.Join('\n', log.Where(l => l.Contains("Daily checks")))}");
        node.HasExited.ShouldBeFalse();
        output.WriteLine($"whole test {clock.Elapsed.TotalSeconds:F1} s");
    }

    private static async Task<bool> SendUntilServedAsync(CaseTraffic traffic, LedgerNode node, CaseTraffic.Command command)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            if (await traffic.SendAsync(node, command)) return true;
            await Task.Delay(500);
        }
        return false;
    }

    private static async Task WaitForDailyChecksAsync(string database, LocalDate day)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var done = await StoreTables.ColumnAsync<string>(database, "select data ->> 'lastCompletedDay' from assistance.mt_doc_dailychecksprogress");
            if (done.Contains(Iso(day))) return;
            await Task.Delay(200);
        }
        throw new TimeoutException($"The daily checks did not complete {day}");
    }

    private static string Iso(LocalDate day) => LocalDatePattern.Iso.Format(day);
}
