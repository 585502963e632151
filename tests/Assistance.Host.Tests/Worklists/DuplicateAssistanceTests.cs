using Alba;
using Assistance.Domain.Cases;
using Assistance.Domain.Duplicates;
using Assistance.Domain.Values;
using Assistance.Host.Tests.Support;
using Assistance.Host.Worklists.Duplicates;
using Marten;
using NodaTime;
using Wolverine;
using Wolverine.Tracking;
using DomainProgram = Assistance.Domain.Values.Program;
using static Assistance.Host.Tests.Support.Households;
using static Assistance.Host.Tests.Worklists.CaseHistories;

namespace Assistance.Host.Tests.Worklists;

/// <summary>
/// 重复享受: one ID number enrolled in two open cases is flagged for both when the second enrolment is recorded. The check
/// follows the enrolment through the outbox and writes to the person's own stream, so the approval's answer and the case's
/// version depend only on the enrolment's commit.
/// </summary>
public class DuplicateAssistanceTests(WorklistFixture ledger) : IClassFixture<WorklistFixture>
{
    private static readonly string[] Members = [ApplicantId, SpouseId, ChildId];

    private IAlbaHost Host => ledger.Host;

    /// <returns>The case and the version the approval answered.</returns>
    private async Task<(Guid Id, long Version)> EnrolThroughHttpAsync(string county, object? application = null, decimal monthlyIncome = 600m)
    {
        var id = await Host.ApplyAsync(application ?? Application(county: county, appliedOn: "2026-01-05"));
        await Host.PostAsync(id, "commitments", Commitment("2026-01-05"));
        await Host.PostAsync(id, "assessments", Assessment("2026-01-06", monthlyIncome));
        long version = 0;
        // The check follows the commit through the outbox: wait for it as a later reader of the lists would.
        var tracked = await Host.TrackActivity().Timeout(TimeSpan.FromSeconds(30)).ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ =>
            version = await Host.PostAsync(id, "decisions", new { decision = "Approve", effectiveMonth = "2026-02", decidedBy = "科长赵" })));
        tracked.Executed.MessagesOf<CheckDuplicateAssistance>().ShouldHaveSingleItem().CaseId.ShouldBe(id);
        return (id, version);
    }

    private async Task<IReadOnlyList<DuplicateAssistance>> PeopleAsync()
    {
        await using var query = ledger.Store.QuerySession();
        return await query.LoadManyAsync<DuplicateAssistance>(Members.Select(DuplicateAssistance.StreamOf));
    }

    private async Task<IReadOnlyList<DuplicateAssistanceFlagged>> FlagsOfAsync(Guid one, Guid another)
    {
        await using var query = ledger.Store.QuerySession();
        var flags = new List<DuplicateAssistanceFlagged>();
        foreach (var person in Members)
            flags.AddRange((await query.Events.FetchStreamAsync(DuplicateAssistance.StreamOf(person))).Select(e => e.Data)
                .OfType<DuplicateAssistanceFlagged>().Where(f => ((IDuplicateFinding)f).Links(one, another)));
        return flags;
    }

    /// <summary>
    /// The same household enrolled in <paramref name="county"/> and exited a little later, appended straight to the store, so that
    /// no check followed the enrolment before the exit: as when the check's message waited behind a backlog or on a node that
    /// went down.
    /// </summary>
    private async Task<Guid> EnrolAndExitBeforeTheCheckAsync(string county)
    {
        var id = Guid.NewGuid();
        await using (var session = ledger.Store.LightweightSession())
        {
            session.Events.StartStream<HouseholdCase>(id,
                new ApplicationReceived(id, county, "丰州镇", "东关村", Residence.Rural, DomainProgram.Dibao, Channel.Online, new LocalDate(2026, 1, 5),
                    [new Member("王大山", ApplicantId, Relation.Self), new Member("李秀英", SpouseId, Relation.Spouse), new Member("王小明", ChildId, Relation.Child)],
                    null, "窗口张"),
                Committed(new LocalDate(2026, 1, 5), "窗口张"),
                new EconomicStatusAssessed(new LocalDate(2026, 1, 6), 300m, new Assets(), 0m, "调查员李", null),
                new EnrolmentApproved(DomainProgram.Dibao, new YearMonth(2026, 2), 800m, Members, "科长赵", null));
            await session.SaveChangesAsync();
        }
        // The test's clock stands still unless moved: an exit recorded at the enrolment's instant would leave no time enrolled.
        ledger.Clock.Advance(TimeSpan.FromHours(1));
        await using (var session = ledger.Store.LightweightSession())
        {
            session.Events.Append(id, new CaseExited(ExitReason.MovedAway, new YearMonth(2026, 3), "科长赵", null));
            await session.SaveChangesAsync();
        }
        return id;
    }

    [Fact]
    public async Task The_second_enrolment_flags_both_cases_outside_their_streams_and_the_flag_ends_when_one_case_exits()
    {
        ledger.Today(2026, 1, 6);
        var (first, _) = await EnrolThroughHttpAsync("140429");

        ledger.Today(2026, 1, 7);
        var (second, approvedAt) = await EnrolThroughHttpAsync("140403");
        var people = await PeopleAsync();
        people.Select(p => p.IdNumber).ShouldBe(Members, ignoreOrder: true);
        people.ShouldAllBe(p => p.Open.Count(o => o.Links(first, second)) == 1);
        people.SelectMany(p => p.Open).Where(o => o.Links(first, second)).ShouldAllBe(o => o.CaseId == second && o.CountyCode == "140403"
            && o.OtherCaseId == first && o.OtherCountyCode == "140429" && o.FlaggedOn == new LocalDate(2026, 1, 7));
        // Neither case's stream moved: the approval's answer is the case's version still.
        (await ledger.Store.EventsAsync(second))[^1].Version.ShouldBe(approvedAt);

        var all = await Host.ListAsync("duplicates", "");
        all.RowOf(first).ShouldNotBeNull().Text("reason").ShouldContain("140403");
        all.RowOf(second).ShouldNotBeNull().Text("reason").ShouldContain("140429");
        (await Host.ListAsync("duplicates", "countyCode=140403")).Rows().ShouldHaveSingleItem().Value<Guid>("caseId").ShouldBe(second);

        ledger.Today(2026, 1, 20);
        await Host.PostAsync(second, "exits", new { reason = "MovedAway", effectiveMonth = "2026-02", decidedBy = "科长赵" });
        await Host.RunDailyChecksAsync(new LocalDate(2026, 1, 20));
        (await PeopleAsync()).ShouldAllBe(p => p.Open.Count == 0);
        await using (var query = ledger.Store.QuerySession())
        {
            var resolved = await query.Events.FetchStreamAsync(DuplicateAssistance.StreamOf(ApplicantId));
            resolved.Select(e => e.Data).OfType<DuplicateAssistanceResolved>().Where(r => r.CaseId == second && r.OtherCaseId == first)
                .ShouldHaveSingleItem().ResolvedOn.ShouldBe(new LocalDate(2026, 1, 20));
        }
        (await Host.ListAsync("duplicates", "")).Value<int>("total").ShouldBe(0);
    }

    [Fact]
    public async Task The_next_command_on_a_case_just_enrolled_as_a_duplicate_starts_from_the_version_the_approval_answered()
    {
        ledger.Today(2026, 1, 6);
        var (first, _) = await EnrolThroughHttpAsync("140427");
        var (id, approved) = await EnrolThroughHttpAsync("140427");
        (await PeopleAsync()).SelectMany(p => p.Open).Count(p => p.Links(id, first)).ShouldBe(Members.Length);

        // The caseworker's next step starts from the version the approval answered, after the check has flagged: the check
        // wrote to the persons' streams only, so that version is still the case's. (The exit is made after the check, not
        // during it: the test's clock stands still, so an exit recorded before the check ran would end the enrolment at the
        // instant it began, with no time enrolled to overlap.)
        await Host.PostAsync(id, "exits", new { reason = "MovedAway", effectiveMonth = "2026-03", expectedVersion = approved });
        // Leaves no enrolled case behind for this class's other test to be flagged against.
        await Host.PostAsync(first, "exits", new { reason = "MovedAway", effectiveMonth = "2026-03" });
    }

    [Fact]
    public async Task A_check_that_runs_after_the_case_has_exited_flags_the_overlap_once_and_the_daily_job_resolves_it()
    {
        ledger.Today(2026, 1, 6);
        var (first, _) = await EnrolThroughHttpAsync("140425");
        var late = await EnrolAndExitBeforeTheCheckAsync("140403");

        await Host.InvokeMessageAndWaitAsync(new CheckDuplicateAssistance(late));
        (await PeopleAsync()).ShouldAllBe(p => p.Open.Count(o => o.Links(late, first)) == 1);
        // Delivered again, the check finds the overlap already flagged.
        await Host.InvokeMessageAndWaitAsync(new CheckDuplicateAssistance(late));
        (await FlagsOfAsync(late, first)).Count.ShouldBe(Members.Length);

        // The case had left before it was flagged: the daily job's resolution ends the flag (called by itself, leaving the
        // job's progress to this class's other tests) on the day the overlap ended, not before, and the persons' streams keep both.
        await DuplicateChecks.ResolveEndedAsync(ledger.Store, new LocalDate(2026, 1, 5), CancellationToken.None);
        (await PeopleAsync()).ShouldAllBe(p => p.Open.Count(o => o.Links(late, first)) == 1);
        await DuplicateChecks.ResolveEndedAsync(ledger.Store, new LocalDate(2026, 1, 6), CancellationToken.None);
        (await PeopleAsync()).ShouldAllBe(p => !p.Open.Any(o => o.Links(late, first)));
        await Host.InvokeMessageAndWaitAsync(new CheckDuplicateAssistance(late));
        (await FlagsOfAsync(late, first)).Count.ShouldBe(Members.Length);

        // Enrolled again in the same case (an exit overturned, say) while the first still is: a new overlap, flagged anew.
        ledger.Clock.Advance(TimeSpan.FromHours(1));
        await using (var session = ledger.Store.LightweightSession())
        {
            session.Events.Append(late, new EnrolmentApproved(DomainProgram.Dibao, new YearMonth(2026, 4), 800m, Members, "科长赵", null));
            await session.SaveChangesAsync();
        }
        await Host.InvokeMessageAndWaitAsync(new CheckDuplicateAssistance(late));
        (await FlagsOfAsync(late, first)).Count.ShouldBe(2 * Members.Length);
        (await PeopleAsync()).ShouldAllBe(p => p.Open.Count(o => o.Links(late, first)) == 1);

        await Host.PostAsync(first, "exits", new { reason = "MovedAway", effectiveMonth = "2026-03" });
        await Host.PostAsync(late, "exits", new { reason = "MovedAway", effectiveMonth = "2026-05" });
    }

    [Fact]
    public async Task A_person_who_moves_into_an_enrolled_case_while_enrolled_in_another_is_flagged_from_the_day_of_the_change()
    {
        ledger.Today(2026, 1, 6);
        var (first, _) = await EnrolThroughHttpAsync("140425");
        var lodger = Id("140403", "19850101", "055");
        var (joined, _) = await EnrolThroughHttpAsync("140403", new
        {
            countyCode = "140403", township = "丰州镇", village = "东关村", residence = "Rural", program = "Dibao", channel = "Online", appliedOn = "2026-01-05",
            members = new object[] { new { name = "赵大海", idNumber = lodger, relation = "Self", laborCapacity = "Partial" } },
        }, monthlyIncome: 200m);
        (await PeopleAsync()).SelectMany(p => p.Open).ShouldNotContain(o => o.Links(joined, first));

        ledger.Today(2026, 1, 8);
        var tracked = await Host.TrackActivity().Timeout(TimeSpan.FromSeconds(30)).ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ =>
            await Host.PostAsync(joined, "member-changes", new
            {
                kind = "MovedIn", occurredOn = "2026-01-07", recordedBy = "村协理员",
                member = new { name = "王小明", idNumber = ChildId, relation = "Other" },
            })));
        tracked.Executed.MessagesOf<CheckDuplicateAssistance>().ShouldHaveSingleItem().CaseId.ShouldBe(joined);
        var people = (await PeopleAsync()).ToDictionary(p => p.IdNumber);
        people[ChildId].Open.Where(o => o.Links(joined, first)).ShouldHaveSingleItem().ShouldBe(new DuplicatePair(joined, "140403", first, "140425", new LocalDate(2026, 1, 8)));
        people.Values.Where(p => p.IdNumber != ChildId).SelectMany(p => p.Open).ShouldNotContain(o => o.Links(joined, first));

        await Host.PostAsync(joined, "exits", new { reason = "MovedAway", effectiveMonth = "2026-03" });
        await Host.PostAsync(first, "exits", new { reason = "MovedAway", effectiveMonth = "2026-03" });
    }
}
