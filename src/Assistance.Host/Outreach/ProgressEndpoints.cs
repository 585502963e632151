using System.Security.Claims;
using Assistance.Domain.Outreach;
using Assistance.Domain.Values;
using Assistance.Host.Access;
using Assistance.Host.Core;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Npgsql;
using Wolverine.Http;

namespace Assistance.Host.Outreach;

public static class ProgressEndpoints
{
    /// <summary>周调度: per county and ISO week of <c>from</c>..<c>to</c> (default: the last eight weeks).</summary>
    [Authorize(Policy = LedgerPolicies.AnyRole)]
    [WolverineGet("/api/outreach/progress", OperationId = "getOutreachProgress",
        Summary = "摸排工作周调度",
        Description = "按县和 ISO 周统计名单人数、走访数、已联系人数、已申请、已纳入及联系比例；默认最近八周。")]
    public static async Task<IResult> Get(string? countyCode, string? from, string? to, IQuerySession session, CountyRegistry counties, IClock clock,
        ClaimsPrincipal user, CancellationToken ct) =>
        await ReportAsync(countyCode, from, to, session, counties, clock, user, ct) is var (progress, problem) && progress is not null
            ? Results.Ok(progress)
            : problem!;

    [Authorize(Policy = LedgerPolicies.AnyRole)]
    [WolverineGet("/api/outreach/progress.xlsx", OperationId = "exportOutreachProgressXlsx",
        Summary = "导出摸排周调度（Excel）",
        Description = "与“摸排工作周调度”相同的参数和数字，以 .xlsx 下载。")]
    public static Task<IResult> Xlsx(string? countyCode, string? from, string? to, IQuerySession session, CountyRegistry counties, IClock clock,
        ClaimsPrincipal user, CancellationToken ct) => ExportAsync(true, countyCode, from, to, session, counties, clock, user, ct);

    [Authorize(Policy = LedgerPolicies.AnyRole)]
    [WolverineGet("/api/outreach/progress.csv", OperationId = "exportOutreachProgressCsv",
        Summary = "导出摸排周调度（CSV）",
        Description = "与“摸排工作周调度”相同的参数和数字，以 CSV（UTF-8 带 BOM）下载。")]
    public static Task<IResult> Csv(string? countyCode, string? from, string? to, IQuerySession session, CountyRegistry counties, IClock clock,
        ClaimsPrincipal user, CancellationToken ct) => ExportAsync(false, countyCode, from, to, session, counties, clock, user, ct);

    private static async Task<IResult> ExportAsync(bool xlsx, string? countyCode, string? from, string? to, IQuerySession session,
        CountyRegistry counties, IClock clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var (progress, problem) = await ReportAsync(countyCode, from, to, session, counties, clock, user, ct);
        if (progress is null) return problem!;
        var table = new ExportTable("摸排走访进度", ["县区代码", "县区", "周", "周一", "名册人数", "走访人次", "新走访人数", "申请人数", "纳入人数", "累计走访人数", "走访覆盖率"],
            progress.Rows.Select(r => (IReadOnlyList<object?>)[r.CountyCode, r.CountyName, r.Week, r.WeekStart.ToString("yyyy-MM-dd", null), r.Rostered,
                r.Visited, r.Reached, r.Applied, r.Enrolled, r.ReachedSoFar, r.ShareReached]).ToList());
        return await TableFiles.FileAsync(table, $"摸排走访进度-{progress.From:yyyyMMdd}-{progress.To:yyyyMMdd}", xlsx, ct);
    }

    private static async Task<(OutreachProgress? Progress, IResult? Problem)> ReportAsync(string? countyCode, string? from, string? to,
        IQuerySession session, CountyRegistry counties, IClock clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        var signedIn = user.Ledger();
        if (!fields.TryReadOptionalCounty(signedIn, countyCode, out var county, out var refused)) return (null, refused);
        var today = clock.Today();
        var end = string.IsNullOrEmpty(to) ? today : fields.Date("to", to);
        var start = string.IsNullOrEmpty(from) ? WeeklyProgress.MondayOf(end).PlusWeeks(-7) : fields.Date("from", from);
        if (!fields.HasErrors && start > end) fields.Add("from", "开始日期不能晚于结束日期");
        if (!fields.HasErrors && Period.DaysBetween(start, end) > 366 * 3) fields.Add("from", "一次最多查询三年");
        if (fields.HasErrors) return (null, Problems.Invalid(fields.Errors));

        var visible = county is null ? counties.VisibleTo(signedIn).All.Select(c => c.Code).ToArray() : [county];
        var days = await DaysAsync(session, visible, WeeklyProgress.MondayOf(start), WeeklyProgress.MondayOf(end).PlusDays(6), ct);
        var rows = WeeklyProgress.Of(days, visible, start, end)
            .Select(w => new WeeklyProgressRow(w.CountyCode, counties.NameOf(w.CountyCode), w.Week, w.WeekStart, w.Rostered, w.Visited, w.Reached,
                w.Applied, w.Enrolled, w.ReachedSoFar, w.ShareReached)).ToList();
        return (new OutreachProgress(start, end, rows), null);
    }

    /// <summary>The counties' days up to <paramref name="lastSunday"/>, those before <paramref name="firstMonday"/> summed as its eve.</summary>
    private static async Task<List<OutreachDay>> DaysAsync(IQuerySession session, string[] counties, LocalDate firstMonday, LocalDate lastSunday,
        CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"""
            select county_code, greatest(day, $2), sum(rostered)::int, sum(visits)::int, sum(reached)::int, sum(applied)::int, sum(enrolled)::int
            from {OutreachDailyTotals.TableIn(session.DocumentStore.Options.DatabaseSchemaName).QualifiedName}
            where county_code = any($1) and day <= $3
            group by 1, 2
            """)
        {
            Parameters =
            {
                new() { Value = counties },
                new() { Value = firstMonday.PlusDays(-1).ToDateOnly() },
                new() { Value = lastSunday.ToDateOnly() },
            },
        };
        await using var reader = await session.ExecuteReaderAsync(command, ct);
        var days = new List<OutreachDay>();
        while (await reader.ReadAsync(ct))
            days.Add(new OutreachDay(reader.GetString(0), LocalDate.FromDateOnly(reader.GetFieldValue<DateOnly>(1)), reader.GetInt32(2),
                reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6)));
        return days;
    }
}
