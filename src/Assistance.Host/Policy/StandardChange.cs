using Assistance.Domain.Cases;
using Assistance.Domain.Entitlements;
using Assistance.Domain.Values;
using Marten;
using NodaTime;
using DomainProgram = Assistance.Domain.Values.Program;
using Assistance.Domain.Policy;

namespace Assistance.Host.Policy;

/// <summary>
/// What new parameters do to a county's enrolled cases: each case's decision (<see cref="RecalculateEntitlementDecision"/>)
/// previewed, or recorded as an ordinary event on the case.
/// </summary>
public static class StandardChange
{
    /// <param name="version">The parameters as they would be stored (the version number they would get).</param>
    public static async Task<IReadOnlyList<AmountChange>> PreviewAsync(
        IQuerySession session, string countyCode, YearMonth from, PolicyVersion version, CancellationToken ct)
    {
        var cases = await session.Query<HouseholdCase>()
            .Where(c => c.CountyCode == countyCode && c.Status == CaseStatus.Enrolled && c.Program == DomainProgram.Dibao)
            .ToListAsync(ct);
        var changes = new List<AmountChange>();
        foreach (var c in cases.OrderBy(c => c.Applicant.IdNumber, StringComparer.Ordinal))
        {
            var decision = RecalculateEntitlementDecision.Decide(c, new RecalculateEntitlement(from, version, version.SetBy));
            if (decision.Events is not [EntitlementRecalculated e] || decision.Finding is not EntitlementSegment segment) continue;
            changes.Add(new AmountChange(c.Id, IdNumber.Mask(c.Applicant.IdNumber), c.Applicant.Name, segment.Persons,
                e.EffectiveMonth.ToString("yyyy-MM", null), segment.MonthlyAmount, e.MonthlyAmount, e.AddOnTotal));
        }
        return changes;
    }

    /// <summary>Cases fetched for writing per round trip: a county's every enrolled case one by one was a round trip each.</summary>
    private const int CasesPerBatch = 1_000;

    /// <summary>Decides again on each changed case as fetched for writing, so a concurrent edit of that case fails the whole change.</summary>
    public static async Task ApplyAsync(IDocumentSession session, IReadOnlyList<AmountChange> changes, YearMonth from, PolicyVersion version, CancellationToken ct)
    {
        foreach (var chunk in changes.Chunk(CasesPerBatch))
        {
            var batch = session.CreateBatchQuery();
            var fetched = chunk.Select(change => batch.Events.FetchForWriting<HouseholdCase>(change.CaseId)).ToList();
            await batch.Execute(ct);
            foreach (var pending in fetched)
            {
                var stream = await pending;
                if (stream.Aggregate is null) continue;
                stream.AppendMany(RecalculateEntitlementDecision.Decide(stream.Aggregate, new RecalculateEntitlement(from, version, version.SetBy)).Events);
            }
        }
    }
}
