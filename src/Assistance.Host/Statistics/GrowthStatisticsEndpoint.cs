using Microsoft.AspNetCore.Authorization;
using Assistance.Host.Access;
using System.Security.Claims;
using Assistance.Domain.Values;
using Marten;
using Wolverine.Http;

namespace Assistance.Host.Statistics;

public static class GrowthStatisticsEndpoint
{
    /// <summary>净增长与增幅 against a baseline month (e.g. 较2024年底), per county and for the city.</summary>
    [Authorize(Policy = LedgerPolicies.AnyRole)]
    [WolverineGet("/api/statistics/growth", OperationId = "growthStatistics",
        Summary = "净增长与增幅",
        Description = "相对基准月份（如 2024 年底）的低保人数净增长与增幅，分县并合计全市。")]
    public static async Task<IResult> Get(string? baseline, string? month, string? program, IQuerySession session, CountyRegistry counties, ClaimsPrincipal user, CancellationToken ct)
    {
        counties = counties.VisibleTo(user.Ledger());
        var (query, problem) = StatisticsParameters.ForGrowth(counties, baseline, month, program);
        if (problem is not null) return problem;
        return Results.Ok(await StatisticsReports.GrowthAsync(session, counties, query!.Baseline!.Value, query.Month, query.Program, ct));
    }
}
