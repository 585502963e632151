using Assistance.Domain.Values;

namespace Assistance.Host.Access;

/// <summary>Lists, statistics, worklists, rolls and exports hold only the counties of the signed-in user.</summary>
public static class CountyScope
{
    public static CountyRegistry VisibleTo(this CountyRegistry counties, LedgerUser user) =>
        user.AllCounties ? counties : new CountyRegistry(counties.All.Where(c => user.MaySeeCounty(c.Code)));

    /// <summary>
    /// 403 for a county asked for by code that exists but lies outside the user's scope; null when the request may go on
    /// (a code that does not exist still gets its 400 from the field checks). New endpoints read their county through
    /// <see cref="CountyParameter"/>, which does this together with the field checks.
    /// </summary>
    public static IResult? RefuseOutOfScope(this LedgerUser user, CountyRegistry counties, string? countyCode) =>
        countyCode is not null && counties.IsKnown(countyCode) && !user.MaySeeCounty(countyCode)
            ? AccessProblems.CountyOutOfScope(countyCode)
            : null;

    /// <summary>
    /// 403 unless the user sees the whole county: a payment roll (and its bank file) covers every township of it, so a
    /// township-bound user is refused as well as one of another county.
    /// </summary>
    public static IResult? RefuseUnlessWholeCounty(this LedgerUser user, string countyCode) =>
        !user.MaySeeCounty(countyCode) ? AccessProblems.CountyOutOfScope(countyCode)
        : user.Township is not null ? AccessProblems.TownshipBound(countyCode, user.Township)
        : null;
}
