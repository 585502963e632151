using Assistance.Domain.Values;
using NodaTime;
using Assistance.Domain.Cases;
using Assistance.Domain.Worklists;
using Assistance.Host.Worklists.DailyJob;
using Marten;

namespace Assistance.Host.Worklists.Duplicates;

/// <summary>重复享受: one person enrolled in two open cases, in any county.</summary>
public static class DuplicateChecks
{
    /// <summary>Other open, enrolled cases that enrol <paramref name="idNumber"/>.</summary>
    public static Task<IReadOnlyList<HouseholdCase>> OtherEnrolmentsAsync(IQuerySession session, string idNumber, Guid except, CancellationToken ct) =>
        session.Query<HouseholdCase>()
            .Where(c => c.Id != except && c.EnrolledIdNumbers.Contains(idNumber)
                        && (c.Status == CaseStatus.Enrolled || c.Status == CaseStatus.GradualExit))
            .ToListAsync(ct);

    /// <summary>Flags both cases for every person of a newly enrolled case who is enrolled elsewhere too (each pair once).</summary>
    public static async Task<int> FlagAsync(IDocumentStore store, Guid caseId, LocalDate on, CancellationToken ct)
    {
        await using var query = store.QuerySession();
        var enrolled = await query.LoadAsync<HouseholdCase>(caseId, ct);
        if (enrolled is null || !enrolled.IsEnrolled) return 0;
        var flagged = 0;
        foreach (var idNumber in enrolled.EnrolledIdNumbers)
        foreach (var other in await OtherEnrolmentsAsync(query, idNumber, caseId, ct))
        {
            flagged += await FlagOnceAsync(store, caseId, new DuplicateAssistanceFlagged(idNumber, other.Id, other.CountyCode, on), ct);
            flagged += await FlagOnceAsync(store, other.Id, new DuplicateAssistanceFlagged(idNumber, caseId, enrolled.CountyCode, on), ct);
        }
        return flagged;
    }

    /// <summary>Records the end of each duplicate of a case whose other case no longer enrols the person.</summary>
    public static async Task<int> ResolveEndedAsync(IDocumentStore store, Guid caseId, LocalDate on, CancellationToken ct)
    {
        await using var query = store.QuerySession();
        var facts = CaseStreamFacts.Of(await query.Events.FetchStreamAsync(caseId, token: ct));
        var resolved = 0;
        foreach (var flag in facts.Duplicates)
        {
            var other = await query.LoadAsync<HouseholdCase>(flag.OtherCaseId, ct);
            if (other is { IsEnrolled: true } && other.EnrolledIdNumbers.Contains(flag.IdNumber)) continue;
            resolved += await DailyChecksHandler.RecordAsync(store, caseId, state =>
                state.Facts.Duplicates.Contains(flag) ? [new DuplicateAssistanceResolved(flag.IdNumber, flag.OtherCaseId, on)] : [], ct);
        }
        return resolved;
    }

    private static Task<int> FlagOnceAsync(IDocumentStore store, Guid caseId, DuplicateAssistanceFlagged flag, CancellationToken ct) =>
        DailyChecksHandler.RecordAsync(store, caseId, state =>
            state.Facts.Duplicates.Any(d => d.IdNumber == flag.IdNumber && d.OtherCaseId == flag.OtherCaseId) ? [] : [flag], ct);
}
