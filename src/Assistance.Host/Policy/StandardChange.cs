using Assistance.Domain.Cases;
using Assistance.Domain.Entitlements;
using Assistance.Domain.Policy;
using Assistance.Domain.Values;
using Marten;
using NodaTime;
using DomainProgram = Assistance.Domain.Values.Program;

namespace Assistance.Host.Policy;

/// <summary>One enrolled case whose monthly amount a parameter change moves (标准调整).</summary>
public sealed record AmountChange(Guid CaseId, string HeadOfHousehold, string HeadName, int Persons, string FromMonth, decimal CurrentAmount, decimal NewAmount, decimal NewAddOnTotal)
{
    public decimal Difference => NewAmount - CurrentAmount;
}

/// <summary>
/// What new parameters do to a county's enrolled 低保 cases: each case's amount recomputed from the month the parameters
/// take effect (or from its own first month, if later) with the household as last assessed or reviewed.
/// 渐退 cases keep their previous amount, which is what 渐退 pays; 特困 amounts follow the self-care assessment at the next review.
/// </summary>
public static class StandardChange
{
    public static async Task<IReadOnlyList<AmountChange>> PreviewAsync(
        IQuerySession session, string countyCode, YearMonth from, PolicyParameters parameters, CancellationToken ct)
    {
        var cases = await session.Query<HouseholdCase>()
            .Where(c => c.CountyCode == countyCode && c.Status == CaseStatus.Enrolled && c.Program == DomainProgram.Dibao)
            .ToListAsync(ct);
        var changes = new List<AmountChange>();
        foreach (var c in cases.OrderBy(c => c.Applicant.IdNumber, StringComparer.Ordinal))
        {
            var month = c.Segments.Count > 0 && c.Segments[0].From > from ? c.Segments[0].From : from;
            if (EntitlementTimeline.At(c.Segments, month) is not { } segment) continue;
            if (CaseAmounts.Compute(c, DomainProgram.Dibao, month, parameters) is not { } amount || amount.Total == segment.MonthlyAmount) continue;
            changes.Add(new AmountChange(c.Id, IdNumber.Mask(c.Applicant.IdNumber), c.Applicant.Name, segment.Persons,
                month.ToString("yyyy-MM", null), segment.MonthlyAmount, amount.Total, amount.AddOnTotal));
        }
        return changes;
    }

    /// <summary>Records each change as an ordinary event on its case, checked against concurrent edits of that case.</summary>
    public static async Task ApplyAsync(IDocumentSession session, IReadOnlyList<AmountChange> changes, int policyVersion, string setBy, CancellationToken ct)
    {
        foreach (var change in changes)
        {
            var stream = await session.Events.FetchForWriting<HouseholdCase>(change.CaseId, ct);
            stream.AppendOne(new EntitlementRecalculated(YearMonthOf(change.FromMonth), change.NewAmount, policyVersion,
                $"政策参数第 {policyVersion} 版生效，重新核定月保障金", setBy, change.NewAddOnTotal));
        }
    }

    private static YearMonth YearMonthOf(string month) => NodaTime.Text.YearMonthPattern.Iso.Parse(month).Value;
}
