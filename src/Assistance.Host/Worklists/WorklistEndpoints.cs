using Microsoft.AspNetCore.Authorization;
using Assistance.Host.Access;
using System.Security.Claims;
using Assistance.Host.Worklists.Calendar;
using Assistance.Domain.Values;
using NodaTime;
using Assistance.Domain.Worklists;
using Assistance.Host.Core;
using Assistance.Host.Worklists.Counts;
using Marten;
using System.Linq.Expressions;
using Wolverine.Http;

namespace Assistance.Host.Worklists;

public static class WorklistEndpoints
{
    public const int MaxPageSize = 200;

    /// <summary>One list for a county (and township), sorted and paged; each row links to its case.</summary>
    [Authorize(Policy = LedgerPolicies.ReadCases)]
    [WolverineGet("/api/worklists/{name}", OperationId = "getWorklist",
        Summary = "查看工作清单",
        Description = "某县（及乡镇）的一份工作清单：待办申请、到期复核、应退未退、可能符合条件、疑似重复享受、比对预警等，含工作日期限、排序和分页，每行链接到案件。清单名称不存在时答复 404。")]
    public static async Task<IResult> Get(
        string name, string? countyCode, string? township, string? page, string? pageSize, string? sort,
        IQuerySession session, CountyRegistry counties, IClock clock, OfficeCalendar calendar, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!WorklistNames.TryFind(name, out var list, out var title))
            return Problems.NotFound("工作清单不存在",
                $"没有名为「{name}」的工作清单，可用的清单：{string.Join("、", WorklistNames.All.Select(l => l.Name))}。");

        var fields = new FieldReader(counties);
        var signedIn = user.Ledger();
        if (!fields.TryReadOptionalCounty(signedIn, countyCode, out var county, out var refused)) return refused;
        var pageNumber = fields.Positive("page", page, 1, int.MaxValue);
        var size = fields.Positive("pageSize", pageSize, 20, MaxPageSize);
        var order = SortOf(fields, sort);
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);

        var today = clock.Today();
        var query = InScope(WorklistQuery.On(session, list, today, county, township), signedIn);
        var total = (await WorklistTallyReader.OnListTodayAsync(session, today, list, county, township, signedIn, ct)).Total;
        var docs = await WorklistQuery.Sorted(query, list, order).Skip((pageNumber - 1) * size).Take(size).ToListAsync(ct);
        var days = await calendar.CurrentAsync(session, ct);
        var rows = docs.Select(d => WorklistRow.Of(d, list, today, days, counties)).ToList();
        return IdNumberMasking.Answer(new WorklistPage(name, title, county, today, pageNumber, size, total, rows), reveal: false);
    }

    /// <summary>How many cases are on each list today, and how many of them are overdue (the numbers on top of the page).</summary>
    [Authorize(Policy = LedgerPolicies.ReadCases)]
    [WolverineGet("/api/worklists", OperationId = "countWorklists",
        Summary = "工作清单计数",
        Description = "今天每份工作清单上的案件数及其中逾期的数量（页面顶部的数字）。")]
    public static async Task<IResult> Counts(string? countyCode, string? township, IQuerySession session, CountyRegistry counties, IClock clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        var signedIn = user.Ledger();
        if (!fields.TryReadOptionalCounty(signedIn, countyCode, out var county, out var refused)) return refused;
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);

        var today = clock.Today();
        var tallies = await WorklistTallyReader.TodayAsync(session, today, county, township, signedIn, ct);
        var counts = WorklistNames.All.Select(l => new WorklistCount(l.Name, l.Title, tallies[l.List].Total, tallies[l.List].Overdue)).ToList();
        return Results.Ok(new WorklistCounts(county, township, today, counts));
    }

    private static IQueryable<CaseWorklist> InScope(IQueryable<CaseWorklist> query, LedgerUser user) =>
        Scope(user).Aggregate(query, (narrowed, filter) => narrowed.Where(filter));

    /// <summary>Only the user's counties, and for a township-bound caseworker only that township.</summary>
    private static IEnumerable<Expression<Func<CaseWorklist, bool>>> Scope(LedgerUser user)
    {
        if (!user.AllCounties)
        {
            var counties = user.Counties.ToArray();
            yield return x => counties.Contains(x.CountyCode);
        }
        if (user.Township is { } township) yield return x => x.Township == township;
    }

    private static WorklistSort SortOf(FieldReader fields, string? sort)
    {
        switch (sort)
        {
            case null or "" or "dueOn": return WorklistSort.DueOn;
            case "-dueOn": return WorklistSort.DueOnDescending;
            case "township": return WorklistSort.Township;
            case "appliedOn": return WorklistSort.AppliedOn;
            default:
                fields.Add("sort", $"「{sort}」不是可选的排序，可选：dueOn、-dueOn、township、appliedOn");
                return WorklistSort.DueOn;
        }
    }
}
