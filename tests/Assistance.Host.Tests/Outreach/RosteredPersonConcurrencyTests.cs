using Alba;
using Assistance.Domain.Outreach;
using Assistance.Host.Outreach;
using Assistance.Host.Tests.Support;
using Marten;
using Marten.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace Assistance.Host.Tests.Outreach;

/// <summary>
/// Two writers of one rostered person: a visit or a roster upload whose person another writer changed after it was read is
/// refused with 409 and writes nothing, the other writer's change stays, and the request sent again is recorded beside it.
/// </summary>
public class RosteredPersonConcurrencyTests : IAsyncLifetime
{
    private static readonly string Person = Households.Id("140429", "19520303", "033");
    private readonly RacingVisit _racer = new();
    private readonly RacingListing _lister = new();
    private IAlbaHost _host = null!;

    public async Task InitializeAsync()
    {
        var connectionString = await TestDatabase.CreateAsync(nameof(RosteredPersonConcurrencyTests));
        _host = await TestHosts.StartAsync(connectionString, new FakeTimeProvider(LedgerFixture.Start), builder =>
            builder.ConfigureServices(services => services.ConfigureMarten(opts =>
        {
            opts.Listeners.Add(_racer);
            opts.Listeners.Add(_lister);
        })));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_visit_whose_person_was_visited_meanwhile_is_409_and_neither_visit_is_lost()
    {
        await _host.UploadOutreachAsync(OutreachRosters.Csv(["丙", Person, "140429", "丰州镇", "西关村", "SeriousIllness", "残联"]));
        _racer.Arm(Person);

        var refused = await _host.Scenario(s =>
        {
            s.Post.Json(new { visitedOn = "2026-01-05", outcome = "Declined" }).ToUrl($"/api/outreach/persons/{Person}/visits");
            s.StatusCodeShouldBe(409);
        });
        (await refused.ReadJsonNodeAsync()).Text("title").ShouldBe("摸排对象已被他人更新");
        (await StoredAsync()).Visits.Select(v => v.Visitor).ShouldBe([RacingVisit.Visitor]);

        await _host.Scenario(s =>
        {
            s.Post.Json(new { visitedOn = "2026-01-05", outcome = "Declined" }).ToUrl($"/api/outreach/persons/{Person}/visits");
            s.StatusCodeShouldBeOk();
        });
        (await StoredAsync()).Visits.Select(v => v.Visitor).ShouldBe([RacingVisit.Visitor, "经办员张（caseworker）"]);
    }

    [Fact]
    public async Task A_roster_upload_whose_person_was_visited_meanwhile_is_409_and_keeps_the_visit()
    {
        var other = Households.Id("140429", "19530404", "044");
        await _host.UploadOutreachAsync(OutreachRosters.Csv(["丙", Person, "140429", "丰州镇", "西关村", "SeriousIllness", "医保"]));
        _racer.Arm(Person);
        var moved = OutreachRosters.Csv(["丙", Person, "140429", "丰州镇", "东关村", "SeriousIllness", "医保"], ["丁", other, "140429", "丰州镇", "东关村", "Elderly", "医保"]);

        var refused = await _host.Scenario(s =>
        {
            s.Post.ByteArray(moved).ToUrl("/api/outreach/rosters");
            s.WithRequestHeader("Content-Type", "text/csv; charset=utf-8");
            s.StatusCodeShouldBe(409);
        });
        (await refused.ReadJsonNodeAsync()).Text("title").ShouldBe("摸排对象已被他人更新");
        var kept = await StoredAsync();
        kept.Village.ShouldBe("西关村");
        kept.Visits.Select(v => v.Visitor).ShouldBe([RacingVisit.Visitor]);
        (await StoredAsync(other)).ShouldBeNull();

        await _host.UploadOutreachAsync(moved);
        var after = await StoredAsync();
        after.Village.ShouldBe("东关村");
        after.Visits.Select(v => v.Visitor).ShouldBe([RacingVisit.Visitor]);
        (await StoredAsync(other)).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_roster_upload_whose_new_person_another_writer_listed_meanwhile_is_409_and_keeps_theirs()
    {
        var newcomer = Households.Id("140429", "19540505", "055");
        _lister.Arm(newcomer);
        var roster = OutreachRosters.Csv(["戊", newcomer, "140429", "丰州镇", "东关村", "Elderly", "民政"]);

        var refused = await _host.Scenario(s =>
        {
            s.Post.ByteArray(roster).ToUrl("/api/outreach/rosters");
            s.WithRequestHeader("Content-Type", "text/csv; charset=utf-8");
            s.StatusCodeShouldBe(409);
        });
        (await refused.ReadJsonNodeAsync()).Text("title").ShouldBe("摸排对象已被他人更新");
        (await StoredAsync(newcomer))!.Name.ShouldBe(RacingListing.Name);

        await _host.UploadOutreachAsync(roster);
        var after = (await StoredAsync(newcomer))!;
        after.Name.ShouldBe("戊");
        after.Sources.ShouldBe([RacingListing.Source, "民政"]);
    }

    private async Task<RosteredPerson> StoredAsync() => (await StoredAsync(Person))!;

    private async Task<RosteredPerson?> StoredAsync(string idNumber)
    {
        await using var session = _host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.LoadAsync<RosteredPerson>(idNumber);
    }

    /// <summary>
    /// Once armed, records a visit to the person through a session of its own just before the next save that writes the
    /// person commits: that save then holds a copy read before the visit.
    /// </summary>
    private sealed class RacingVisit : DocumentSessionListenerBase
    {
        public const string Visitor = "村干部先行走访";
        private string? _armedFor;

        public void Arm(string idNumber) => _armedFor = idNumber;

        public override async Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
        {
            if (_armedFor is not { } idNumber || !session.PendingChanges.AllChangedFor<RosteredPerson>().Any(p => p.Id == idNumber)) return;
            _armedFor = null;
            await using var other = session.DocumentStore.LightweightSession();
            var person = (await other.LoadAsync<RosteredPerson>(idNumber, token))!;
            person.Visit(new OutreachVisit(Guid.CreateVersion7(), new LocalDate(2026, 1, 4), VisitOutcome.NotFound, null, null, Visitor,
                LedgerFixture.Start));
            other.Store(person);
            await other.SaveChangesAsync(token);
        }
    }

    /// <summary>Once armed, lists the person on a roster of its own just before the next roster upload commits.</summary>
    private sealed class RacingListing : DocumentSessionListenerBase
    {
        public const string Name = "先行列入";
        public const string Source = "残联";
        private string? _armedFor;

        public void Arm(string idNumber) => _armedFor = idNumber;

        public override async Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
        {
            if (_armedFor is not { } idNumber || !session.PendingChanges.AllChangedFor<OutreachRoster>().Any()) return;
            _armedFor = null;
            await using var other = session.DocumentStore.LightweightSession();
            var person = new RosteredPerson();
            person.List(new RosterListing(1, Name, idNumber, "140429", "丰州镇", "东关村", RosterCategory.SevereDisability, Source), Guid.NewGuid(),
                new LocalDate(2026, 1, 4));
            other.Insert(person);
            await other.SaveChangesAsync(token);
        }
    }
}
