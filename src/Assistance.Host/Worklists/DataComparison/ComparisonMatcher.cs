using Assistance.Domain.Calendar;
using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Domain.Worklists;
using Assistance.Host.Cases;
using Marten;
using NodaTime;

namespace Assistance.Host.Worklists.DataComparison;

/// <summary>
/// Matches comparison records to case members: a person in an open enrolled case (any county, 低保边缘 included)
/// gets a warning there; a person in no such case but in a rejected application gets one on the latest rejected case,
/// which then shows as 应保未保 candidate. The time limit is the case's county's. All warnings of one upload are appended in one transaction.
/// </summary>
public static class ComparisonMatcher
{
    public static async Task<ComparisonOutcome> MatchAsync(
        IDocumentSession session, IReadOnlyList<ComparisonRecord> records, LocalDate today, WorkingDayCalendar days, CancellationToken ct)
    {
        var matched = 0;
        var raised = 0;
        var known = 0;
        var touched = new List<Guid>();
        var streams = new Dictionary<Guid, (JasperFx.Events.IEventStream<HouseholdCase> Stream, CaseFacts Facts, WorklistPolicy Policy)>();

        foreach (var record in records)
        {
            var cases = await CasesOfAsync(session, record.IdNumber, ct);
            if (cases.Count == 0) continue;
            matched++;
            foreach (var caseId in cases)
            {
                if (!streams.TryGetValue(caseId, out var entry))
                {
                    var stream = await session.Events.FetchForWriting<HouseholdCase>(caseId, ct);
                    entry = (stream, CaseStreamFacts.Of(await session.Events.FetchStreamAsync(caseId, token: ct)),
                        await WorklistPolicies.InForceAsync(session, stream.Aggregate!.CountyCode, today.ToYearMonth(), ct));
                    streams[caseId] = entry;
                }
                var warning = record.WarningOn(caseId, today, days, entry.Policy);
                if (entry.Facts.RaisedWarningIds.Contains(warning.WarningId)) { known++; continue; }
                entry.Facts.Record(warning, today);
                entry.Stream.AppendOne(warning);
                raised++;
                if (!touched.Contains(caseId)) touched.Add(caseId);
            }
        }
        if (raised > 0) await session.SaveChangesAsync(ct);
        return new(records.Count, matched, records.Count - matched, raised, known, touched);
    }

    private static async Task<IReadOnlyList<Guid>> CasesOfAsync(IQuerySession session, string idNumber, CancellationToken ct)
    {
        var holding = await CasesOfPerson.ListAsync(session, idNumber, ct);
        var enrolled = holding.Where(c => c.IsEnrolled).Select(c => c.Id).ToList();
        if (enrolled.Count > 0) return enrolled;
        var rejected = holding.Where(c => c.Status == CaseStatus.Rejected).MaxBy(c => c.AppliedOn);
        return rejected is null ? [] : [rejected.Id];
    }
}
