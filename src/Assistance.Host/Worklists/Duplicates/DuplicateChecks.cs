using Assistance.Domain.Worklists;
using NodaTime;
using Assistance.Domain.Cases;
using Assistance.Domain.Duplicates;
using Assistance.Host.Cases;
using Assistance.Host.Core;
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
    /// Flags each person the case ever enrolled who was enrolled in another case, in any county, at the same time, unless a flag
    /// of the pair was recorded since their latest overlap began (by an earlier check of either case) or the pair is still open. The
    /// spans are read from the streams (<see cref="EnrolledSpans"/>), so a check that runs late still finds an overlap that has
    /// since ended; the daily job then resolves it (<see cref="ResolveEndedAsync"/>), and the person's stream keeps both: the
    /// money was paid twice all the same. Each flag is dated by the office day its overlap began.
    /// </summary>
    /// <param name="stream">The case's events.</param>
    /// <returns>How many pairs were flagged.</returns>
    public static async Task<int> FlagAsync(IDocumentStore store, IReadOnlyList<IEvent> stream, CancellationToken ct)
    {
        if (stream.Count == 0) return 0;
        var caseId = stream[0].StreamId;
        var countyCode = stream.Aggregate((HouseholdCase?)null, (c, e) => CaseEventFold.Apply(c, e.Data))?.CountyCode;
        await using var session = store.LightweightSession();
        session.LastModifiedBy = TimeCausedEvents.System;
        var flagged = 0;
        foreach (var (idNumber, spans) in EnrolledSpans.Of(Recorded(stream)))
        {
            var others = await EnrolledDuringAsync(session, idNumber, caseId, spans, ct);
            if (others.Count == 0) continue;
            var person = await session.Events.FetchForWriting<DuplicateAssistance>(DuplicateAssistance.StreamOf(idNumber), ct);
            var flags = (await session.Events.FetchStreamAsync(person.Id, token: ct))
                .Where(e => e.Data is DuplicateAssistanceFlagged).Select(e => (Finding: (IDuplicateFinding)e.Data, At: CaseStreamFacts.RecordedAt(e))).ToList();
            foreach (var (other, overlapFrom) in others)
            {
                if (person.Aggregate?.IsOpen(caseId, other.Id) == true || flags.Any(f => f.At >= overlapFrom && f.Finding.Links(caseId, other.Id))) continue;
                person.AppendOne(new DuplicateAssistanceFlagged(idNumber, caseId, countyCode!, other.Id, other.CountyCode,
                    OfficeTime.DayOf(overlapFrom)));
                flagged++;
            }
        }
        await session.SaveChangesAsync(ct);
        return flagged;
    }

    /// <summary>
    /// Other cases that enrolled <paramref name="idNumber"/> at some time within <paramref name="spans"/> (a household member 单人保
    /// leaves out is not enrolled), each with the time its latest overlap with them began. Each case's stream is read once.
    /// </summary>
    public static async Task<IReadOnlyList<(HouseholdCase Other, Instant OverlapFrom)>> EnrolledDuringAsync(
        IQuerySession session, string idNumber, Guid except, IReadOnlyList<RecordedSpan> spans, CancellationToken ct)
    {
        var overlapping = new List<(HouseholdCase, Instant)>();
        foreach (var other in await CasesOfPerson.ListAsync(session, idNumber, ct))
        {
            if (other.Id == except) continue;
            var starts = (from theirs in await SpansAsync(session, other.Id, idNumber, ct)
                          from ours in spans
                          where ours.Overlaps(theirs)
                          select Instant.Max(ours.From, theirs.From)).ToList();
            if (starts.Count > 0) overlapping.Add((other, starts.Max()));
        }
        return overlapping;
    }

    private static IEnumerable<(Instant, object)> Recorded(IEnumerable<IEvent> events) => events.Select(e => (CaseStreamFacts.RecordedAt(e), e.Data));

    /// <summary>
    /// Records the end of every open duplicate whose two cases no longer both enrol the person, dated by the office day its
    /// last overlap ended (read from the streams), once the daily job has reached that day: a job catching up several days
    /// resolves each on the day it ended, not on the first day it runs.
    /// </summary>
    public static async Task<int> ResolveEndedAsync(IDocumentStore store, LocalDate on, CancellationToken ct)
    {
        await using var query = store.QuerySession();
        var people = await query.Query<DuplicateAssistance>().Where(d => d.Open.Any()).ToListAsync(ct);
        var resolved = 0;
        foreach (var person in people)
        {
            var ended = new List<(DuplicatePair Pair, LocalDate On)>();
            foreach (var pair in person.Open)
            {
                if (EnrolledSpans.OverlapEnded(await SpansAsync(query, pair.CaseId, person.IdNumber, ct),
                        await SpansAsync(query, pair.OtherCaseId, person.IdNumber, ct)) is not { } end) continue;
                // Nothing left to end (a case deleted whole): resolved on the job's day.
                var endedOn = end == Instant.MinValue ? on : OfficeTime.DayOf(end);
                if (endedOn <= on) ended.Add((pair, endedOn));
            }
            if (ended.Count == 0) continue;
            await using var session = store.LightweightSession();
            session.LastModifiedBy = TimeCausedEvents.System;
            var stream = await session.Events.FetchForWriting<DuplicateAssistance>(person.Id, ct);
            var stillOpen = ended.Where(p => stream.Aggregate?.IsOpen(p.Pair.CaseId, p.Pair.OtherCaseId) == true).ToList();
            stream.AppendMany(stillOpen.Select(p => (object)new DuplicateAssistanceResolved(person.IdNumber, p.Pair.CaseId, p.Pair.OtherCaseId, p.On)));
            await session.SaveChangesAsync(ct);
            resolved += stillOpen.Count;
        }
        return resolved;
    }

    private static async Task<IReadOnlyList<RecordedSpan>> SpansAsync(IQuerySession query, Guid caseId, string idNumber, CancellationToken ct) =>
        EnrolledSpans.Of(Recorded(await query.Events.FetchStreamAsync(caseId, token: ct))).GetValueOrDefault(idNumber) ?? [];
}
