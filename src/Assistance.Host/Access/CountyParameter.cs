using System.Diagnostics.CodeAnalysis;
using Assistance.Host.Core;

namespace Assistance.Host.Access;

/// <summary>
/// A county asked for by code in a query or route (县区代码), read and checked in one call: a missing (where required) or
/// unknown code is a field error of the request's 400, and a county outside the signed-in user's scope is refused with 403
/// before anything else is read. Endpoints take their county only through here, so none can read it and forget the scope.
/// </summary>
public static class CountyParameter
{
    /// <returns>False with the 403 answer in <paramref name="refused"/> for a county the user may not see.</returns>
    public static bool TryReadCounty(this FieldReader fields, LedgerUser user, string? value, out string county,
        [NotNullWhen(false)] out IResult? refused, string field = "countyCode")
    {
        county = fields.County(field, value);
        refused = !fields.HasErrorFor(field) && !user.MaySeeCounty(county) ? AccessProblems.CountyOutOfScope(county) : null;
        return refused is null;
    }

    /// <summary>As <see cref="TryReadCounty"/>, for a county that may be left out (null: every county the user sees).</summary>
    public static bool TryReadOptionalCounty(this FieldReader fields, LedgerUser user, string? value, out string? county,
        [NotNullWhen(false)] out IResult? refused, string field = "countyCode")
    {
        county = null;
        refused = null;
        if (string.IsNullOrWhiteSpace(value)) return true;
        var read = fields.TryReadCounty(user, value, out var code, out refused, field);
        county = code;
        return read;
    }
}
