using Assistance.Domain.Values;

namespace Assistance.Host.Access;

/// <summary>Lists, statistics, worklists, rolls and exports hold only the counties of the signed-in user.</summary>
public static class CountyScope
{
    public static CountyRegistry VisibleTo(this CountyRegistry counties, LedgerUser user) =>
        user.AllCounties ? counties : new CountyRegistry(counties.All.Where(c => user.MaySeeCounty(c.Code)));

    /// <summary>
    /// 403 unless the user sees the whole county: a payment roll (and its bank file) covers every township of it, so a
    /// township-bound user is refused as well as one of another county.
    /// </summary>
    public static IResult? RefuseUnlessWholeCounty(this LedgerUser user, string countyCode) =>
        !user.MaySeeCounty(countyCode) ? AccessProblems.CountyOutOfScope(countyCode)
        : user.Township is not null ? AccessProblems.TownshipBound(countyCode, user.Township)
        : null;
}
