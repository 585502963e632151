using System.Security.Claims;
using Assistance.Host.Cases;
using Assistance.Domain.Entitlements;
using Assistance.Host.Core;
using Assistance.Host.PaymentRolls;
using Marten;
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
    public static async Task<IResult> Get(Guid id, IQuerySession session, ClaimsPrincipal user, CancellationToken ct)
    {
        var c = await CaseReader.LoadVisibleAsync(session, id, user.Ledger(), ct);
        if (c is null) return Problems.CaseNotFound(id);
        var paid = await PaidAmounts.OfCaseAsync(session, c.CountyCode, id, ct);
        var rows = (await PaidAmounts.IssuedMonthsAsync(session, c.CountyCode, ct)).Select(month =>
        {
            var paidForMonth = paid.GetValueOrDefault(month);
            var due = EntitlementTimeline.At(c.Segments, month)?.MonthlyAmount ?? 0;
            return new PaymentDifference(PaymentRolls.PaymentRolls.Format(month), paidForMonth, due, due - paidForMonth,
                due == paidForMonth ? null : c.Corrections.LastOrDefault(n => n.Covers(month))?.Citation);
        }).ToList();
        return Results.Ok(new { id, overpaid = -rows.Where(r => r.Difference < 0).Sum(r => r.Difference), underpaid = rows.Where(r => r.Difference > 0).Sum(r => r.Difference), months = rows });
    }
}
