using Assistance.Domain.Values;
using NodaTime;
using Assistance.Domain.Cases;
using Assistance.Domain.Duplicates;
using Assistance.Domain.Worklists;
using Assistance.Host.Cases;
using JasperFx.Events;
using Marten;

namespace Assistance.Host.Worklists.Duplicates;

/// <summary>
/// 重复享受: one person enrolled in two cases at once, in any county. Findings are events of the person's own stream
/// (<see cref="DuplicateAssistance"/>), never of a case's, so they never race a caseworker's next command on the case.
/// </summary>
public static class DuplicateChecks
{
    /// <summary>
    /// Flags each person an enrolment enrolled who was enrolled in another case, in any county, at some time while this
    /// enrolment lasted, once per pair of cases open in the person's stream. The spans are read from the streams
    /// (<see cref="EnrolledSpans"/>), so a check that runs late still finds an overlap that has since ended; the daily job then
    /// resolves it (<see cref="ResolveEndedAsync"/>), and the person's stream keeps both: the money was paid twice all the same.
    /// </summary>
    /// <param name="stream">The enrolled case's events, <paramref name="enrolment"/> among them.</param>
    /// <returns>How many pairs were flagged.</returns>
    public static async Task<int> FlagAsync(IDocumentStore store, IReadOnlyList<IEvent> stream, IEvent enrolment, CancellationToken ct)
    {
        var enrolled = stream.TakeWhile(e => e.Version <= enrolment.Version).Aggregate((HouseholdCase?)null, (c, e) => CaseEventFold.Apply(c, e.Data));
        if (enrolled is not { IsEnrolled: true }) return 0;
        var at = RecordedAt(enrolment);
        var on = CaseStreamFacts.RecordedOn(enrolment);
        await using var session = store.LightweightSession();
        session.LastModifiedBy = TimeCausedEvents.System;
        var flagged = 0;
        foreach (var idNumber in enrolled.EnrolledIdNumbers)
        {
            if (EnrolledSpans.Of(Recorded(stream), idNumber).FirstOrDefault(s => s.Contains(at)) is not { } span) continue;
            var others = await EnrolledDuringAsync(session, idNumber, enrolment.StreamId, span, ct);
            if (others.Count == 0) continue;
            var person = await session.Events.FetchForWriting<DuplicateAssistance>(DuplicateAssistance.StreamOf(idNumber), ct);
            // A check delivered twice, or the other case's own check, has flagged an overlap already if a flag of the pair was recorded since it began.
            var flags = (await session.Events.FetchStreamAsync(person.Id, token: ct))
                .Where(e => e.Data is DuplicateAssistanceFlagged).Select(e => (Finding: (IDuplicateFinding)e.Data, At: RecordedAt(e))).ToList();
            foreach (var (other, overlapFrom) in others)
            {
                if (person.Aggregate?.IsOpen(enrolment.StreamId, other.Id) == true
                    || flags.Any(f => f.At >= overlapFrom && f.Finding.Links(enrolment.StreamId, other.Id))) continue;
                person.AppendOne(new DuplicateAssistanceFlagged(idNumber, enrolment.StreamId, enrolled.CountyCode, other.Id, other.CountyCode, on));
                flagged++;
            }
        }
        await session.SaveChangesAsync(ct);
        return flagged;
    }

    /// <summary>
    /// Other cases that enrolled <paramref name="idNumber"/> at some time within <paramref name="span"/> (a household member 单人保
    /// leaves out is not enrolled), each with the time its first overlap with the span began.
    /// </summary>
    public static async Task<IReadOnlyList<(HouseholdCase Other, Instant OverlapFrom)>> EnrolledDuringAsync(
        IQuerySession session, string idNumber, Guid except, RecordedSpan span, CancellationToken ct)
    {
        var overlapping = new List<(HouseholdCase, Instant)>();
        foreach (var other in await CasesOfPerson.ListAsync(session, idNumber, ct))
        {
            if (other.Id == except) continue;
            var events = await session.Events.FetchStreamAsync(other.Id, token: ct);
            if (EnrolledSpans.Of(Recorded(events), idNumber).FirstOrDefault(span.Overlaps) is { } first)
                overlapping.Add((other, Instant.Max(first.From, span.From)));
        }
        return overlapping;
    }

    private static Instant RecordedAt(IEvent e) => Instant.FromDateTimeOffset(e.Timestamp);

    private static IEnumerable<(Instant, object)> Recorded(IEnumerable<IEvent> events) => events.Select(e => (RecordedAt(e), e.Data));

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
