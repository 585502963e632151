using System.Security.Claims;
using Assistance.Domain.PaymentRolls;
using Assistance.Domain.Values;
using Assistance.Host.Core;
using Assistance.Host.PaymentRolls;
using Marten;
using NodaTime;
using Assistance.Host.Access;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Assistance.Host.Corrections;

/// <summary>追回清单: every recovery of a county in a period, recovered by an issued roll or pending in the next one.</summary>
public static class RecoveriesEndpoint
{
    [Authorize(Policy = LedgerPolicies.AuditorsOnly)]
    [WolverineGet("/api/audit/recoveries", OperationId = "listRecoveries",
        Summary = "追回清单",
        Description = "审计人员查看某县某期间的全部追回：已由签发名册追回的，以及待下月名册追回的，各附引起追回的更正。")]
    public static async Task<IResult> Get(string? countyCode, string? from, string? to, IQuerySession session, CountyRegistry counties, IClock clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        if (!fields.TryReadCounty(user.Ledger(), countyCode, out var county, out var refused)) return refused;
        var first = fields.Month("from", from);
        var last = fields.Month("to", to);
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);

        var issued = await session.Query<IssuedPaymentRoll>().Where(r => r.CountyCode == county).ToListAsync(ct);
        var rows = issued
            .SelectMany(r => r.Lines.Where(l => l.Kind == RollLineKind.Recovery).Select(l => Row(r.Month, true, l)))
            .ToList();
        var next = issued.Count == 0 ? clock.Today().ToYearMonth() : issued.Max(r => PaymentRolls.PaymentRolls.Parse(r.Month)).PlusMonths(1);
        rows.AddRange((await PaymentRolls.PaymentRolls.DraftLinesAsync(session, county, next, ct))
            .Where(l => l.Kind == RollLineKind.Recovery).Select(l => Row(PaymentRolls.PaymentRolls.Format(next), false, l)));
        var inPeriod = rows.Where(r => string.CompareOrdinal(r.ForMonth, Format(first)) >= 0 && string.CompareOrdinal(r.ForMonth, Format(last)) <= 0)
            .OrderBy(r => r.ForMonth, StringComparer.Ordinal).ToList();
        return Results.Ok(new { countyCode = county, from = Format(first), to = Format(last), total = inPeriod.Sum(r => r.Amount), recoveries = inPeriod });
    }

    private static RecoveryRow Row(string rollMonth, bool issued, RollLine l) =>
        new(rollMonth, issued, l.CaseId, l.HeadName, Format(l.ForMonth), l.Amount, l.Cause);

    private static string Format(YearMonth month) => month.ToString("yyyy-MM", null);
}
