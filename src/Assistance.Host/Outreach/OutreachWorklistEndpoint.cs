using System.Security.Claims;
using Assistance.Domain.Outreach;
using Assistance.Domain.Values;
using Assistance.Host.Access;
using Assistance.Host.Core;
using Assistance.Host.Worklists;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Outreach;

public static class OutreachWorklistEndpoint
{
    public const string Name = "outreach";
    public const string Title = "摸排走访";

    /// <summary>
    /// 摸排走访: the rostered persons no current case covers, in the user's counties (and township), oldest listings first.
    /// </summary>
    [Authorize(Policy = LedgerPolicies.ReadCases)]
    [WolverineGet("/api/worklists/outreach", OperationId = "getOutreachWorklist",
        Summary = "摸排走访清单",
        Description = "应保尽保摸排：部门名单中尚无案件覆盖的人员，含走访状态及是否可单独申请；按用户所辖县、乡镇筛选，分页。")]
    public static async Task<IResult> Get(string? countyCode, string? township, string? page, string? pageSize,
        IQuerySession session, CountyRegistry counties, IClock clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        var signedIn = user.Ledger();
        if (!fields.TryReadOptionalCounty(signedIn, countyCode, out var county, out var refused)) return refused;
        var pageNumber = fields.Positive("page", page, 1, int.MaxValue);
        var size = fields.Positive("pageSize", pageSize, 20, WorklistEndpoints.MaxPageSize);
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);

        var query = Open(session, signedIn, county, township);
        var total = await query.CountAsync(ct);
        var persons = await query.OrderBy(p => p.RosteredOn).ThenBy(p => p.Township).ThenBy(p => p.Id)
            .Skip((pageNumber - 1) * size).Take(size).ToListAsync(ct);
        var today = clock.Today();
        var rows = persons.Select(p => OutreachWorklistRow.Of(p, today, counties)).ToList();
        return IdNumberMasking.Answer(new OutreachWorklistPage(Name, Title, county, today, pageNumber, size, total, rows), reveal: false);
    }

    /// <summary>Listed, not covered, in the user's scope.</summary>
    public static IQueryable<RosteredPerson> Open(IQuerySession session, LedgerUser user, string? countyCode, string? township)
    {
        var query = session.Query<RosteredPerson>().Where(p => p.Listed && p.CoverageStatus != CoverageStatus.Covered);
        if (!string.IsNullOrEmpty(countyCode)) query = query.Where(p => p.CountyCode == countyCode);
        if (!string.IsNullOrEmpty(township)) query = query.Where(p => p.Township == township);
        if (!user.AllCounties)
        {
            var visible = user.Counties.ToArray();
            query = query.Where(p => visible.Contains(p.CountyCode));
        }
        if (user.Township is { } own) query = query.Where(p => p.Township == own);
        return query;
    }
}
