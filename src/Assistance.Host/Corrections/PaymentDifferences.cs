using Assistance.Domain.Cases;
using Assistance.Domain.Entitlements;
using Assistance.Host.Core;
using Assistance.Host.PaymentRolls;
using Marten;
using NodaTime.Text;
using Assistance.Host.Access;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Assistance.Host.Corrections;

/// <summary>多发/少发: month by month, for every month whose roll was issued, what was paid against what should have been.</summary>
public static class PaymentDifferences
{
    [Authorize(Policy = LedgerPolicies.Audit)]
    [WolverineGet("/api/households/{id}/payments", OperationId = "getCasePaymentDifferences",
        Summary = "案件多发少发对照",
        Description = "按月列出案件每个已签发月份的实发金额与应发金额及差额（依据现有全部事实，包括更正）。")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken ct)
    {
        var c = await session.LoadAsync<HouseholdCase>(id, ct);
        if (c is null) return Problems.CaseNotFound(id);
        var rolls = await session.Query<IssuedPaymentRoll>().Where(r => r.CountyCode == c.CountyCode).ToListAsync(ct);
        var rows = rolls.OrderBy(r => r.Month, StringComparer.Ordinal).Select(r =>
        {
            var month = YearMonthPattern.Iso.Parse(r.Month).Value;
            var paid = rolls.SelectMany(x => x.Lines).Where(l => l.CaseId == id && l.ForMonth == month).Sum(l => l.Amount);
            var due = EntitlementTimeline.At(c.Segments, month)?.MonthlyAmount ?? 0;
            return new PaymentDifference(r.Month, paid, due, due - paid, due == paid ? null : c.Corrections.LastOrDefault(n => n.Covers(month))?.Citation);
        }).ToList();
        return Results.Ok(new { id, overpaid = -rows.Where(r => r.Difference < 0).Sum(r => r.Difference), underpaid = rows.Where(r => r.Difference > 0).Sum(r => r.Difference), months = rows });
    }
}
