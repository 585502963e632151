using System.Security.Claims;
using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Host.Access;
using Assistance.Host.Core;
using Assistance.Host.Storage;
using Marten;
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
        // Only recognised cases are loaded; NodaTime months are compared here because LINQ cannot translate them.
        var recognised = await Recognised(session, codes).ToListAsync(ct);
        var counted = recognised.Where(c => c.IllnessPovertyFrom <= reportMonth && (c.ExitMonth is null || c.ExitMonth > reportMonth)).ToList();
        return Results.Ok(codes.Select(code =>
        {
            var ofCounty = counted.Where(c => c.CountyCode == code).ToList();
            return new IllnessPovertyCount(code, counties.NameOf(code), reportMonth, ofCounty.Count, ofCounty.Sum(c => c.Members.Count),
                ofCounty.Count(c => c.IllnessPovertyFrom == reportMonth));
        }).ToList());
    }

    /// <summary>The recognised cases of the counties, as <see cref="Flag"/>'s index holds them.</summary>
    public static IQueryable<HouseholdCase> Recognised(IQuerySession session, IReadOnlyCollection<string> counties) =>
        session.Query<HouseholdCase>().Where(c => c.IllnessPovertyFrom != null && counties.Contains(c.CountyCode));

    public static readonly RareCaseFlag Flag = new("illness_poverty", "(data ->> 'illnessPovertyFrom')", "(data ->> 'illnessPovertyFrom') is not null");
}
