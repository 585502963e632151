using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Assistance.Host.Access;
using NodaTime;

namespace Assistance.Host.Tests.Support;

/// <summary>
/// A client of the ledger that takes households through application, 双承诺, assessment and approval, one command after the
/// other, each with its own Idempotency-Key, and keeps its own ledger: which commands were acknowledged (2xx, with the version
/// answered) and which were sent without an answer (the connection failed, or 503). The crash and outage tests hold the store
/// against it.
/// </summary>
public sealed class CaseTraffic(string county)
{
    private static int _people;

    public sealed record Command(Guid CaseId, string Step, HttpMethod Method, string Path, LedgerUser User, object Body, string Key);

    /// <summary>A command the ledger acknowledged, with the status and the case version it answered.</summary>
    public sealed record Acknowledged(Command Command, int Status, long Version);

    public ConcurrentQueue<Acknowledged> Acknowledgements { get; } = new();

    /// <summary>Commands sent that got no 2xx answer: each must either be in the store or not at all, and may be sent again.</summary>
    public ConcurrentQueue<(Command Command, string Outcome)> Unanswered { get; } = new();

    public static LocalDate Today => SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).Date;

    /// <summary>The four commands that enrol one new single-person household.</summary>
    public IReadOnlyList<Command> Lifecycle()
    {
        var id = Guid.NewGuid();
        var person = Households.Id(county, "19650101", (Interlocked.Increment(ref _people) % 1000).ToString("000"));
        var on = Today.PlusDays(-2).ToString("yyyy-MM-dd", null);
        var application = new
        {
            id, countyCode = county, township = "丰州镇", village = "东关村", residence = "Rural", program = "Dibao", channel = "Online", appliedOn = on,
            members = new object[] { new { name = "赵独居", idNumber = person, relation = "Self", laborCapacity = "None" } },
        };
        return
        [
            new(id, "apply", HttpMethod.Post, "/api/households", TestUsers.Caseworker, application, Guid.NewGuid().ToString()),
            new(id, "commit", HttpMethod.Post, $"/api/households/{id}/commitments", TestUsers.Caseworker, Households.Commitment(on), Guid.NewGuid().ToString()),
            new(id, "assess", HttpMethod.Post, $"/api/households/{id}/assessments", TestUsers.Caseworker, Households.Assessment(on, 100m), Guid.NewGuid().ToString()),
            new(id, "approve", HttpMethod.Post, $"/api/households/{id}/decisions", TestUsers.Approver,
                new { decision = "Approve", effectiveMonth = Today.PlusMonths(1).ToString("yyyy-MM", null) }, Guid.NewGuid().ToString()),
        ];
    }

    /// <summary>Sends one command and records the outcome; true when it was acknowledged.</summary>
    public async Task<bool> SendAsync(LedgerNode node, Command command, CancellationToken ct = default)
    {
        try
        {
            using var answer = await node.SendAsync(command.Method, command.Path, command.User, command.Body, command.Key, ct);
            var text = await answer.Content.ReadAsStringAsync(ct);
            if (answer.IsSuccessStatusCode)
            {
                Acknowledgements.Enqueue(new(command, (int)answer.StatusCode, JsonNode.Parse(text)!["version"]!.GetValue<long>()));
                return true;
            }
            Unanswered.Enqueue((command, $"{(int)answer.StatusCode} {text}"));
            return false;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            Unanswered.Enqueue((command, e.GetType().Name));
            return false;
        }
    }

    /// <summary>Runs lifecycles one command after the other until <paramref name="ct"/> ends or a command is not acknowledged.</summary>
    public async Task RunAsync(LedgerNode node, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
            foreach (var command in Lifecycle())
                if (!await SendAsync(node, command, CancellationToken.None) || ct.IsCancellationRequested) return;
    }
}
