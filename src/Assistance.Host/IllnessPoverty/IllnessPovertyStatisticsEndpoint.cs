using System.Security.Claims;
using Assistance.Domain.Values;
using Assistance.Host.Access;
using Assistance.Host.Core;
using Assistance.Host.PaymentRolls;
using Marten;
using Npgsql;
using NodaTime;
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
        var tallies = await TalliesAsync(session, codes, reportMonth, ct);
        return Results.Ok(codes.Select(code => tallies.GetValueOrDefault(code) is { } t
            ? new IllnessPovertyCount(code, counties.NameOf(code), reportMonth, t.Households, t.Persons, t.NewHouseholds)
            : new IllnessPovertyCount(code, counties.NameOf(code), reportMonth, 0, 0, 0)).ToList());
    }

    /// <summary>
    /// Per county, the recognised households counted in the month (recognised from it or before, not exited by it), their members,
    /// and those recognised from that very month: the sums of <see cref="IllnessPovertyTotals"/>' changes up to the month.
    /// </summary>
    private static async Task<Dictionary<string, CountyTally>> TalliesAsync(IQuerySession session, IReadOnlyList<string> counties, YearMonth month,
        CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"""
            select county_code, sum(households)::int, sum(persons)::int, coalesce(sum(new_households) filter (where month = $2), 0)::int
            from {IllnessPovertyTotals.TableIn(session.DocumentStore.Options.DatabaseSchemaName).QualifiedName}
            where county_code = any($1) and month <= $2
            group by county_code
            """)
        {
            Parameters = { new() { Value = counties.ToArray() }, new() { Value = MonthNumbers.Of(month) } },
        };
        await using var reader = await session.ExecuteReaderAsync(command, ct);
        var tallies = new Dictionary<string, CountyTally>();
        while (await reader.ReadAsync(ct))
            tallies[reader.GetString(0)] = new CountyTally(reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
        return tallies;
    }

    private sealed record CountyTally(int Households, int Persons, int NewHouseholds);
}
