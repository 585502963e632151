using Microsoft.AspNetCore.Authorization;
using Assistance.Host.Access;
using System.Security.Claims;
using Assistance.Domain.Values;
using Marten;
using Wolverine.Http;

namespace Assistance.Host.Statistics;

public static class MonthlyStatisticsEndpoint
{
    /// <summary>民政统计月报: one row per county for the month (effective month of enrolments, changes and exits).</summary>
    [Authorize(Policy = LedgerPolicies.AnyRole)]
    [WolverineGet("/api/statistics/monthly", OperationId = "monthlyStatistics",
        Summary = "民政统计月报",
        Description = "某月每县一行：期末户数、人数、金额，当月新增与退出（按生效月份计，补录的退出计入其生效月份及以后各月）。仅含用户所辖的县。")]
    public static async Task<IResult> Get(string? month, string? countyCode, string? program, IQuerySession session, CountyRegistry counties, ClaimsPrincipal user, CancellationToken ct)
    {
        var signedIn = user.Ledger();
        var (query, problem) = StatisticsParameters.ForMonthly(counties, signedIn, month, program, countyCode);
        if (problem is not null) return problem;
        counties = counties.VisibleTo(signedIn);
        return Results.Ok(await StatisticsReports.MonthlyAsync(session, counties, query!.Month, query.Program, query.CountyCode, ct));
    }
}
