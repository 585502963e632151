using Microsoft.AspNetCore.Authorization;
using Assistance.Domain.Labels;
using Assistance.Host.Access;
using System.Security.Claims;
using Assistance.Domain.Values;
using Marten;
using Wolverine.Http;
using Assistance.Host.Core;

namespace Assistance.Host.Statistics.Export;

/// <summary>The monthly and growth tables as Excel and CSV downloads, with the same parameters and numbers as the JSON endpoints.</summary>
public static class StatisticsExportEndpoints
{
    [Authorize(Policy = LedgerPolicies.AnyRole)]
    [WolverineGet("/api/statistics/monthly.xlsx", OperationId = "monthlyStatisticsXlsx",
        Summary = "导出统计月报（Excel）",
        Description = "与“民政统计月报”相同的参数和数字，以 .xlsx 下载。")]
    public static async Task<IResult> MonthlyXlsx(string? month, string? countyCode, string? program, IQuerySession session, CountyRegistry counties, ClaimsPrincipal user, CancellationToken ct) =>
        await MonthlyAsync(month, countyCode, program, session, counties, user.Ledger(), xlsx: true, ct);

    [Authorize(Policy = LedgerPolicies.AnyRole)]
    [WolverineGet("/api/statistics/monthly.csv", OperationId = "monthlyStatisticsCsv",
        Summary = "导出统计月报（CSV）",
        Description = "与“民政统计月报”相同的参数和数字，以 CSV（UTF-8 带 BOM）下载。")]
    public static async Task<IResult> MonthlyCsv(string? month, string? countyCode, string? program, IQuerySession session, CountyRegistry counties, ClaimsPrincipal user, CancellationToken ct) =>
        await MonthlyAsync(month, countyCode, program, session, counties, user.Ledger(), xlsx: false, ct);

    [Authorize(Policy = LedgerPolicies.AnyRole)]
    [WolverineGet("/api/statistics/growth.xlsx", OperationId = "growthStatisticsXlsx",
        Summary = "导出净增长表（Excel）",
        Description = "与“净增长与增幅”相同的参数和数字，以 .xlsx 下载。")]
    public static async Task<IResult> GrowthXlsx(string? baseline, string? month, string? program, IQuerySession session, CountyRegistry counties, ClaimsPrincipal user, CancellationToken ct) =>
        await GrowthAsync(baseline, month, program, session, counties.VisibleTo(user.Ledger()), xlsx: true, ct);

    [Authorize(Policy = LedgerPolicies.AnyRole)]
    [WolverineGet("/api/statistics/growth.csv", OperationId = "growthStatisticsCsv",
        Summary = "导出净增长表（CSV）",
        Description = "与“净增长与增幅”相同的参数和数字，以 CSV（UTF-8 带 BOM）下载。")]
    public static async Task<IResult> GrowthCsv(string? baseline, string? month, string? program, IQuerySession session, CountyRegistry counties, ClaimsPrincipal user, CancellationToken ct) =>
        await GrowthAsync(baseline, month, program, session, counties.VisibleTo(user.Ledger()), xlsx: false, ct);

    private static async Task<IResult> MonthlyAsync(string? month, string? countyCode, string? program, IQuerySession session, CountyRegistry counties, LedgerUser signedIn, bool xlsx, CancellationToken ct)
    {
        var (query, problem) = StatisticsParameters.ForMonthly(counties, signedIn, month, program, countyCode);
        if (problem is not null) return problem;
        counties = counties.VisibleTo(signedIn);
        var rows = await StatisticsReports.MonthlyAsync(session, counties, query!.Month, query.Program, query.CountyCode, ct);
        var total = query.CountyCode is null ? await StatisticsReports.CityMonthlyAsync(session, counties, query.Month, query.Program, ct) : null;
        return await TableFiles.FileAsync(StatisticsTable.Monthly(rows, total), $"{ProgramLabels.Of(query.Program)}统计月报_{month}", xlsx, ct);
    }

    private static async Task<IResult> GrowthAsync(string? baseline, string? month, string? program, IQuerySession session, CountyRegistry counties, bool xlsx, CancellationToken ct)
    {
        var (query, problem) = StatisticsParameters.ForGrowth(counties, baseline, month, program);
        if (problem is not null) return problem;
        var report = await StatisticsReports.GrowthAsync(session, counties, query!.Baseline!.Value, query.Month, query.Program, ct);
        return await TableFiles.FileAsync(StatisticsTable.Growth(report), $"{ProgramLabels.Of(query.Program)}净增长_{baseline}至{month}", xlsx, ct);
    }
}
