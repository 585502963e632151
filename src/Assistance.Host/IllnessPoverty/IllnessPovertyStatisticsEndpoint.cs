using System.Security.Claims;
using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Host.Access;
using Assistance.Host.Core;
using Assistance.Host.Storage;
using Marten;
using NodaTime.Text;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Assistance.Host.IllnessPoverty;

public static class IllnessPovertyStatisticsEndpoint
{
    /// <summary>因病致贫 households per county in a month, one row per county the user may see (or the one asked for).</summary>
    [Authorize(Policy = LedgerPolicies.AnyRole)]
    [WolverineGet("/api/statistics/illness-poverty", OperationId = "illnessPovertyStatistics",
        Summary = "因病致贫户数统计",
        Description = "按县列出截至指定月份已认定因病致贫且未停发的户数、人数，以及当月新认定户数；只含用户可见的县。")]
    public static async Task<IResult> Get(string? month, string? countyCode, IQuerySession session, CountyRegistry counties, ClaimsPrincipal user,
        CancellationToken ct)
    {
        var signedIn = user.Ledger();
        var fields = new FieldReader(counties);
        if (!fields.TryReadOptionalCounty(signedIn, countyCode, out var county, out var refused)) return refused;
        var reportMonth = fields.Month("month", month);
        counties = counties.VisibleTo(signedIn);
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);

        var codes = county is null ? counties.All.Select(c => c.Code).ToList() : [county];
        var monthText = YearMonthPattern.Iso.Format(reportMonth);
        var tallies = (await session.QueryAsync<CountyTally>(TallySql(session.DocumentStore.Options.Schema.For<HouseholdCase>(true)), ct,
            monthText, codes.ToArray(), monthText, monthText)).ToDictionary(t => t.CountyCode);
        return Results.Ok(codes.Select(code => tallies.GetValueOrDefault(code) is { } t
            ? new IllnessPovertyCount(code, counties.NameOf(code), reportMonth, t.Households, t.Persons, t.NewHouseholds)
            : new IllnessPovertyCount(code, counties.NameOf(code), reportMonth, 0, 0, 0)).ToList());
    }

    /// <summary>
    /// Per county, the recognised households counted in the month (recognised from it or before, not exited by it), their members,
    /// and those recognised from that very month; parameters: the month, the counties, the month twice (months compare as their
    /// ISO text). Counted in the database from <see cref="Flag"/>'s index, rather than each recognised case read into the ledger.
    /// </summary>
    public static string TallySql(string cases) => $"""
        select jsonb_build_object('countyCode', data ->> 'countyCode', 'households', count(*),
               'persons', coalesce(sum(jsonb_array_length(data -> 'members')), 0),
               'newHouseholds', count(*) filter (where data ->> 'illnessPovertyFrom' = ?))
        from {cases} as d
        where {Flag.Predicate} and data ->> 'countyCode' = any(?)
          and data ->> 'illnessPovertyFrom' <= ? and (data ->> 'exitMonth' is null or data ->> 'exitMonth' > ?)
        group by data ->> 'countyCode'
        """;

    private sealed record CountyTally(string CountyCode, int Households, int Persons, int NewHouseholds);

    public static readonly RareCaseFlag Flag = new("illness_poverty", "(data ->> 'illnessPovertyFrom')", "is not null");
}
