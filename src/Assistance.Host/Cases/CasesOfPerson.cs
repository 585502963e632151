using Assistance.Domain.Cases;
using Marten;
using NpgsqlTypes;
using Weasel.Postgresql.Tables;

namespace Assistance.Host.Cases;

/// <summary>The cases, in any county, whose household includes a person: every lookup by member ID number starts here.</summary>
public static class CasesOfPerson
{
    /// <summary>
    /// The members' ID numbers are a column of their own (<see cref="HouseholdCase.MemberIdNumbers"/>) with a GIN index, compared as
    /// arrays, which the index serves. PostgreSQL keeps statistics of the elements of such a column, so it expects one or two
    /// cases per person and uses the index at any size; a containment inside the JSON it estimated at 1 % of the cases and,
    /// at 10,000 of them, scanned the table instead. Marten's LINQ writes <c>= ANY(…)</c> for a Contains, which no index serves.
    /// </summary>
    public const string Where = "where member_id_numbers @> array[?]";

    public const string Column = "member_id_numbers";

    public static Task<IReadOnlyList<HouseholdCase>> ListAsync(IQuerySession session, string idNumber, CancellationToken ct) =>
        session.QueryAsync<HouseholdCase>(Where, ct, idNumber);

    /// <summary>The column, its index, and the filling of the column for cases stored before it existed.</summary>
    public static void AddTo(StoreOptions options)
    {
        options.Schema.For<HouseholdCase>().Duplicate(c => c.MemberIdNumbers, pgType: "text[]", dbType: NpgsqlDbType.Array | NpgsqlDbType.Text,
            configure: index =>
            {
                index.Method = IndexMethod.gin;
                // A GIN index otherwise gathers new entries in a pending list that every search reads through until a vacuum
                // merges it: after a bulk load that made the duplicate check 8 ms instead of 0.1. Each write here adds a few keys.
                index.StorageParameters["fastupdate"] = "off";
            });
        options.Storage.Add(new MemberIdNumbersBackfill(options));
    }
}
