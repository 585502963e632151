using Microsoft.AspNetCore.Authorization;
using Assistance.Host.Access;
using System.Security.Claims;
using Assistance.Domain.Values;
using Marten;
using Wolverine.Http;

namespace Assistance.Host.Statistics;

public static class TrendStatisticsEndpoint
{
    /// <summary>The last <paramref name="months"/> months up to <paramref name="month"/> for the city and an optional county.</summary>
    [Authorize(Policy = LedgerPolicies.AnyRole)]
    [WolverineGet("/api/statistics/trend", OperationId = "trendStatistics",
        Summary = "统计趋势",
        Description = "截至某月的最近若干个月，全市及可选某县的户数、人数与金额走势，供看板绘图。")]
    public static async Task<IResult> Get(string? month, string? program, string? countyCode, string? months, IQuerySession session, CountyRegistry counties, ClaimsPrincipal user, CancellationToken ct)
    {
        var signedIn = user.Ledger();
        var (query, count, problem) = StatisticsParameters.ForTrend(counties, signedIn, month, program, countyCode, months);
        if (problem is not null) return problem;
        counties = counties.VisibleTo(signedIn);
        return Results.Ok(await StatisticsReports.TrendAsync(session, counties, query!.Month, count, query.Program, query.CountyCode, ct));
    }
}
