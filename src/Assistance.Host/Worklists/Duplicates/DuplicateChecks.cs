using Assistance.Domain.Values;
using NodaTime;
using Assistance.Domain.Cases;
using Assistance.Domain.Duplicates;
using Assistance.Domain.Worklists;
using Assistance.Host.Cases;
using Marten;

namespace Assistance.Host.Worklists.Duplicates;

/// <summary>
/// 重复享受: one person enrolled in two open cases, in any county. Findings are events of the person's own stream
/// (<see cref="DuplicateAssistance"/>), never of a case's, so they never race a caseworker's next command on the case.
/// </summary>
public static class DuplicateChecks
{
    /// <summary>Other open, enrolled cases that enrol <paramref name="idNumber"/> (a household member 单人保 leaves out is not enrolled).</summary>
    public static async Task<IReadOnlyList<HouseholdCase>> OtherEnrolmentsAsync(IQuerySession session, string idNumber, Guid except, CancellationToken ct) =>
        (await CasesOfPerson.ListAsync(session, idNumber, ct)).Where(c => c.Id != except && c.IsEnrolled && c.EnrolledIdNumbers.Contains(idNumber)).ToList();

    /// <summary>Flags each person of a newly enrolled case who is enrolled elsewhere too, once per pair of cases.</summary>
    /// <returns>How many pairs were flagged.</returns>
    public static async Task<int> FlagAsync(IDocumentStore store, Guid caseId, LocalDate on, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var enrolled = await session.LoadAsync<HouseholdCase>(caseId, ct);
        if (enrolled is null || !enrolled.IsEnrolled) return 0;
        session.LastModifiedBy = TimeCausedEvents.System;
        var flagged = 0;
        foreach (var idNumber in enrolled.EnrolledIdNumbers)
        {
            var others = await OtherEnrolmentsAsync(session, idNumber, caseId, ct);
            if (others.Count == 0) continue;
            var person = await session.Events.FetchForWriting<DuplicateAssistance>(DuplicateAssistance.StreamOf(idNumber), ct);
            foreach (var other in others.Where(o => person.Aggregate?.IsOpen(caseId, o.Id) != true))
            {
                person.AppendOne(new DuplicateAssistanceFlagged(idNumber, caseId, enrolled.CountyCode, other.Id, other.CountyCode, on));
                flagged++;
            }
        }
        await session.SaveChangesAsync(ct);
        return flagged;
    }

    /// <summary>Records the end of every open duplicate one of whose cases no longer enrols the person.</summary>
    public static async Task<int> ResolveEndedAsync(IDocumentStore store, LocalDate on, CancellationToken ct)
    {
        await using var query = store.QuerySession();
        var people = await query.Query<DuplicateAssistance>().Where(d => d.Open.Any()).ToListAsync(ct);
        var resolved = 0;
        foreach (var person in people)
        {
            var ended = new List<DuplicatePair>();
            foreach (var pair in person.Open)
                if (!await EnrolsAsync(query, pair.CaseId, person.IdNumber, ct) || !await EnrolsAsync(query, pair.OtherCaseId, person.IdNumber, ct))
                    ended.Add(pair);
            if (ended.Count == 0) continue;
            await using var session = store.LightweightSession();
            session.LastModifiedBy = TimeCausedEvents.System;
            var stream = await session.Events.FetchForWriting<DuplicateAssistance>(person.Id, ct);
            var stillOpen = ended.Where(p => stream.Aggregate?.IsOpen(p.CaseId, p.OtherCaseId) == true).ToList();
            stream.AppendMany(stillOpen.Select(p => (object)new DuplicateAssistanceResolved(person.IdNumber, p.CaseId, p.OtherCaseId, on)));
            await session.SaveChangesAsync(ct);
            resolved += stillOpen.Count;
        }
        return resolved;
    }

    private static async Task<bool> EnrolsAsync(IQuerySession query, Guid caseId, string idNumber, CancellationToken ct) =>
        await query.LoadAsync<HouseholdCase>(caseId, ct) is { IsEnrolled: true } c && c.EnrolledIdNumbers.Contains(idNumber);
}
