using System.Security.Claims;
using Assistance.Domain.Cases;
using Assistance.Domain.Labels;
using Assistance.Domain.Values;
using Assistance.Host.Core;
using Assistance.Host.Storage;
using Marten;
using NodaTime;
using Assistance.Host.Access;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Assistance.Host.Appeals;

/// <summary>待办复核申请: every open appeal of the county, most urgent first.</summary>
public static class OpenAppealsEndpoint
{
    [Authorize(Policy = LedgerPolicies.ReadCases)]
    [WolverineGet("/api/worklists/open-appeals", OperationId = "listOpenAppeals",
        Summary = "未办结的复核申请",
        Description = "列出用户所辖县尚未办结的复核申请及其办理期限（工作日），逾期者标注。")]
    public static async Task<IResult> Get(string? countyCode, IQuerySession session, CountyRegistry counties, IClock clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        var signedIn = user.Ledger();
        if (!fields.TryReadCounty(signedIn, countyCode, out var county, out var refused)) return refused;
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);
        var today = clock.Today();
        var cases = await session.QueryAsync<HouseholdCase>(CasesWithOpenAppeals, ct, county);
        var rows = cases.Where(c => signedIn.MaySee(c.CountyCode, c.Township)).SelectMany(c => c.OpenAppeals.Select(a => new OpenAppealRow(c.Id, a.AppealId, c.CountyCode, c.Township,
                c.Applicant.Name, $"{AppealKindLabels.Of(a.Kind)}：{a.Grounds}（针对第 {a.AgainstVersion} 版）",
                a.DueOn, Math.Max(0, Period.Between(a.DueOn, today, PeriodUnits.Days).Days))))
            .OrderBy(r => r.DueOn).ToList();
        return Results.Ok(new { total = rows.Count, rows });
    }

    public static readonly RareCaseFlag Flag = new("open_appeal", "(data ->> 'hasOpenAppeal')", "= 'true'");

    /// <summary>The county's cases with an open appeal, in <see cref="Flag"/>'s terms (Marten's LINQ would cast the flag to boolean).</summary>
    public static readonly string CasesWithOpenAppeals = $"where data ->> 'countyCode' = ? and {Flag.Predicate}";
}
