using System.Security.Claims;
using Assistance.Domain.Values;
using Assistance.Host.Core;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Access;

public static class IdViewsEndpoint
{
    /// <summary>完整身份证号查看记录: every full-ID view in the auditor's counties, newest first, optionally by county and date range.</summary>
    [Authorize(Policy = LedgerPolicies.AuditorsOnly)]
    [WolverineGet("/api/audit/id-views", OperationId = "listIdNumberViews",
        Summary = "完整身份证号查看记录",
        Description = "审计人员查看：所辖县内每一次查看完整身份证号或下载银行文件的记录（谁、何时、哪个案件或文件），最新的在前，可按县和日期筛选。")]
    public static async Task<IResult> Get(string? countyCode, string? from, string? to, ClaimsPrincipal user, IQuerySession session,
        CountyRegistry counties, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        var auditor = user.Ledger();
        if (!fields.TryReadOptionalCounty(auditor, countyCode, out var county, out var refused)) return refused;
        var fromDate = fields.OptionalDate("from", from);
        var toDate = fields.OptionalDate("to", to);
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);

        var query = session.Query<IdView>().AsQueryable();
        if (county is not null) query = query.Where(v => v.CountyCode == county);
        else if (!auditor.AllCounties)
        {
            var visible = auditor.Counties.ToArray();
            query = query.Where(v => visible.Contains(v.CountyCode));
        }
        // The range is on the indexed day key; views recorded before the key existed (0) are read and placed by their instant.
        var first = fromDate is { } f ? IdView.DayKey(f) : 0;
        var last = toDate is { } t ? IdView.DayKey(t) : int.MaxValue;
        if (fromDate is not null || toDate is not null) query = query.Where(v => v.ViewedDay == 0 || (v.ViewedDay >= first && v.ViewedDay <= last));
        var views = await query.ToListAsync(ct);
        var start = fromDate?.AtStartOfDayInZone(OfficeTime.Zone).ToInstant() ?? Instant.MinValue;
        var end = toDate is { } d ? OfficeTime.EndOf(d) : Instant.MaxValue;
        return Results.Ok(views.Where(v => v.ViewedDay != 0 || (v.ViewedAt >= start && v.ViewedAt < end)).OrderByDescending(v => v.ViewedAt).ToList());
    }
}
