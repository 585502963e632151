using Marten.Events;
using DomainProgram = Assistance.Domain.Values.Program;
using System.Text.Json.Nodes;
using Alba;
using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Host.Tests.Support;
using Assistance.Host.Worklists.DailyJob;
using Marten;
using NodaTime;
using Wolverine.Tracking;

namespace Assistance.Host.Tests.Worklists;

/// <summary>Hand-made case histories appended straight to the event store, and the calls that read the lists.</summary>
public static class CaseHistories
{
    public static Member Person(string name, string birth, string sequence, Relation relation = Relation.Self,
        Disability disability = Disability.None, LaborCapacity labor = LaborCapacity.Full) =>
        new(name, Households.Id("140429", birth, sequence), relation, disability, labor);

    public static ApplicationReceived Applied(Guid id, LocalDate on, DomainProgram program = DomainProgram.Dibao, string county = "140429", string township = "丰州镇", params Member[] members) =>
        new(id, county, township, "东关村", Residence.Rural, program, Channel.Window, on, members, null, "窗口甲");

    /// <summary>双承诺: the applicant's commitments signed at the window.</summary>
    public static DualCommitmentSigned Committed(LocalDate on, string by = "甲") => new(true, true, on, by, null);

    public static EconomicStatusAssessed Assessed(LocalDate on, decimal income) => new(on, income, new Assets(), 0m, "调查员乙", null);

    public static EnrolmentApproved Enrolled(YearMonth from, IEnumerable<Member> members, DomainProgram program = DomainProgram.Dibao) =>
        new(program, from, 500m, members.Select(m => m.IdNumber).ToList(), "科长丙", null);

    public static async Task<Guid> StartAsync(this IDocumentStore store, Func<Guid, ApplicationReceived> applied, params object[] more)
    {
        var id = Guid.NewGuid();
        await using var session = store.LightweightSession();
        session.Events.StartStream<HouseholdCase>(id, [applied(id), .. more]);
        await session.SaveChangesAsync();
        return id;
    }

    public static async Task AppendAsync(this IDocumentStore store, Guid id, params object[] events)
    {
        await using var session = store.LightweightSession();
        session.Events.Append(id, events);
        await session.SaveChangesAsync();
    }

    public static async Task<IReadOnlyList<StoredEvent>> EventsAsync(this IDocumentStore store, Guid id)
    {
        await using var session = store.QuerySession();
        return (await session.Events.FetchStreamAsync(id)).Select(e => new StoredEvent(e.Data, e.Version)).ToList();
    }

    public sealed record StoredEvent(object Data, long Version);

    public static Task RunDailyChecksAsync(this IAlbaHost host, LocalDate through) =>
        host.InvokeMessageAndWaitAsync(new RunDailyChecks(through.ToDateOnly()));

    public static async Task<JsonNode> ListAsync(this IAlbaHost host, string name, string query = "countyCode=140429")
    {
        await host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));
        var result = await host.Scenario(s =>
        {
            s.Get.Url($"/api/worklists/{name}?{query}");
            s.StatusCodeShouldBeOk();
        });
        return await result.ReadJsonNodeAsync();
    }

    public static IReadOnlyList<JsonNode> Rows(this JsonNode page) => page["rows"]!.AsArray().Select(r => r!).ToList();

    public static JsonNode? RowOf(this JsonNode page, Guid caseId) => page.Rows().FirstOrDefault(r => r.Value<Guid>("caseId") == caseId);
}
