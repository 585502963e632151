using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Alba;
using Assistance.Host.Import;
using Assistance.Host.Outreach;
using Assistance.Host.Tests.Import;
using Assistance.Host.Tests.Outreach;
using Assistance.Host.Tests.Support;
using Marten;
using Marten.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Assistance.Host.Tests.Operations;

/// <summary>
/// Roster imports and outreach roster uploads store their idempotent answer in their own (last) transaction, like every
/// command: repeated with the same key they get the first answer and run once, even when the reply to the first was lost
/// between its commit and the client (which, with the answer stored only after the commit, would leave a 409).
/// </summary>
public class UploadAnswerOnCommitTests : IAsyncLifetime
{
    private readonly LostReply _lostReply = new();
    private IAlbaHost _host = null!;

    private IDocumentStore Store => _host.Services.GetRequiredService<IDocumentStore>();

    public async Task InitializeAsync()
    {
        var connectionString = await TestDatabase.CreateAsync(nameof(UploadAnswerOnCommitTests));
        _host = await TestHosts.StartAsync(connectionString, new FakeTimeProvider(LedgerFixture.Start), builder =>
            builder.ConfigureServices(services => services.ConfigureMarten(opts => opts.Listeners.Add(_lostReply))));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private sealed record Answer(int Status, string Body);

    [Fact]
    public async Task A_roster_import_repeated_with_its_key_gets_the_first_answer_and_imports_once()
    {
        var key = Guid.NewGuid().ToString();
        var first = await ImportAsync(key);
        first.Status.ShouldBe(200, first.Body);
        var again = await ImportAsync(key);
        again.ShouldBe(first);
        (await RunsAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_roster_import_whose_reply_was_lost_after_its_commit_is_answered_on_retry()
    {
        _lostReply.Arm(commit => Changed(commit).OfType<RosterImportRun>().Any(r => r.Status == RosterImportStatus.Finished));
        var key = Guid.NewGuid().ToString();
        (await ImportAsync(key, OtherRoster())).Status.ShouldBeGreaterThanOrEqualTo(500);

        var again = await ImportAsync(key, OtherRoster());
        again.Status.ShouldBe(200, again.Body);
        var summary = JsonNode.Parse(again.Body)!;
        summary.Text("status").ShouldBe("Finished");
        summary.Value<int>("imported").ShouldBe(1);
        (await RunsAsync()).Select(r => r.Id).ShouldContain(summary.Value<Guid>("importId"));
        (await ImportAsync(key, OtherRoster())).ShouldBe(again);
    }

    [Fact]
    public async Task An_outreach_roster_repeated_with_its_key_gets_the_first_answer_even_when_the_first_reply_was_lost()
    {
        var csv = OutreachRosters.Csv(["丙", Households.Id("140429", "19520303", "033"), "140429", "丰州镇", "西关村", "SeriousIllness", "残联"]);
        var key = Guid.NewGuid().ToString();
        var first = await UploadOutreachAsync(key, csv);
        first.Status.ShouldBe(200, first.Body);
        (await UploadOutreachAsync(key, csv)).ShouldBe(first);

        _lostReply.Arm(commit => Changed(commit).OfType<OutreachRoster>().Any());
        var lostKey = Guid.NewGuid().ToString();
        (await UploadOutreachAsync(lostKey, csv)).Status.ShouldBeGreaterThanOrEqualTo(500);
        var retried = await UploadOutreachAsync(lostKey, csv);
        retried.Status.ShouldBe(200, retried.Body);
        var rosterId = JsonNode.Parse(retried.Body)!.Value<Guid>("rosterId");
        rosterId.ShouldNotBe(JsonNode.Parse(first.Body)!.Value<Guid>("rosterId"));
        await using var session = Store.QuerySession();
        (await session.Query<OutreachRoster>().Select(r => r.Id).ToListAsync()).Count.ShouldBe(2);
        (await session.LoadAsync<OutreachRoster>(rosterId)).ShouldNotBeNull();
    }

    private static IEnumerable<object> Changed(IChangeSet commit) => commit.Inserted.Concat(commit.Updated);

    /// <summary>One household of a county the other test's roster does not hold, so the two imports do not meet.</summary>
    private static byte[] OtherRoster()
    {
        var text = string.Join(",", RosterFixture.Header) + "\n"
            + string.Join(",", "L1", "140430", "某镇", "某村", "农村", "低保", "2020-01", "585", "吕一", Households.Id("140430", "19500101", "101"), "户主", "一级") + "\n";
        return System.Text.Encoding.UTF8.GetBytes(text);
    }

    private async Task<IReadOnlyList<RosterImportRun>> RunsAsync()
    {
        await using var session = Store.QuerySession();
        return await session.Query<RosterImportRun>().ToListAsync();
    }

    private async Task<Answer> ImportAsync(string key, byte[]? content = null)
    {
        using var client = _host.Server.CreateClient();
        using var file = new ByteArrayContent(content ?? RosterFixture.Csv());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        // A retry sends the same bytes, boundary included.
        using var form = new MultipartFormDataContent("roster-upload-boundary") { { file, "file", "存量低保.csv" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/imports") { Content = form };
        return await SendAsync(client, request, key);
    }

    private async Task<Answer> UploadOutreachAsync(string key, byte[] csv)
    {
        using var client = _host.Server.CreateClient();
        using var body = new ByteArrayContent(csv);
        body.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/outreach/rosters?fileName=残联重残名册.csv") { Content = body };
        return await SendAsync(client, request, key);
    }

    private static async Task<Answer> SendAsync(HttpClient client, HttpRequestMessage request, string key)
    {
        request.Headers.Add("Idempotency-Key", key);
        try
        {
            var response = await client.SendAsync(request);
            return new Answer((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        catch (LostReplyException)
        {
            return new Answer(500, "");
        }
    }

    private sealed class LostReplyException() : Exception("模拟：已提交，答复未送达");

    /// <summary>Once armed, fails the first commit that matches, after it committed: the reply to that request is lost.</summary>
    private sealed class LostReply : DocumentSessionListenerBase
    {
        private Func<IChangeSet, bool>? _armed;

        public void Arm(Func<IChangeSet, bool> when) => _armed = when;

        public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
        {
            if (_armed is not { } when || !when(commit)) return Task.CompletedTask;
            _armed = null;
            throw new LostReplyException();
        }
    }
}
