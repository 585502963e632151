using Assistance.Domain.Cases;
using Assistance.Host.Worklists;
using Marten;
using Marten.Services;

namespace Assistance.Host.Outreach;

/// <summary>
/// Keeps rostered persons in step with their cases, whichever endpoint, import or sample appended the events: an
/// application links the latest visit and counts the person as applied, an enrolment counts them as enrolled, and any
/// change of membership or status re-matches their coverage.
/// </summary>
public sealed class OutreachCaseListener : DocumentSessionListenerBase
{
    public override async Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        var byCase = commit.GetEvents()
            .Where(e => e.Data is ApplicationReceived or EnrolmentApproved or ApplicationRejected or CaseExited or CaseReviewed or HouseholdMembersChanged)
            .GroupBy(e => e.StreamId)
            .ToList();
        if (byCase.Count == 0) return;

        // The case has committed; a visit or upload that wrote one of its persons meanwhile only means reading them again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await UpdatePersonsAsync(session.DocumentStore, byCase, token);
                return;
            }
            catch (Exception e) when (PersonConflict.Is(e) && attempt < MaxAttempts) { }
        }
    }

    private const int MaxAttempts = 5;

    private static async Task UpdatePersonsAsync(IDocumentStore store, List<IGrouping<Guid, JasperFx.Events.IEvent>> byCase, CancellationToken token)
    {
        await using var query = store.QuerySession();
        var cases = (await query.LoadManyAsync<HouseholdCase>(token, byCase.Select(g => g.Key).ToArray())).ToDictionary(c => c.Id);
        var idNumbers = cases.Values.SelectMany(c => c.Members.Select(m => m.IdNumber)).Distinct().ToArray();
        var persons = (await query.LoadManyAsync<RosteredPerson>(token, idNumbers)).ToDictionary(p => p.Id);
        if (persons.Count == 0) return;

        foreach (var events in byCase)
        {
            if (!cases.TryGetValue(events.Key, out var household)) continue;
            foreach (var e in events)
                foreach (var person in household.Members.Select(m => persons.GetValueOrDefault(m.IdNumber)).OfType<RosteredPerson>())
                    switch (e.Data)
                    {
                        case ApplicationReceived applied:
                            person.Applied(household.Id, applied.AppliedOn);
                            break;
                        case EnrolmentApproved enrolled when enrolled.EnrolledIdNumbers.Contains(person.Id) && person.EnrolledOn is null:
                            person.EnrolledOn = CaseStreamFacts.RecordedOn(e);
                            break;
                    }
        }
        var coverage = await CaseCoverageLookup.CoverageAsync(query, persons.Keys, token);
        await using var write = store.LightweightSession();
        foreach (var person in persons.Values)
        {
            person.Cover(coverage[person.Id]);
            write.Store(person);
        }
        await write.SaveChangesAsync(token);
    }
}
