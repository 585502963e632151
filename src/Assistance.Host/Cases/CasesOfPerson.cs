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

    /// <summary>
    /// A <c>from</c> clause giving, for each ID number in the array <paramref name="idNumbers"/>, its cases as <c>d</c> beside it as
    /// <c>p.id_number</c>: one index search per number. PostgreSQL keeps no element statistics for a column whose numbers are
    /// all distinct, so it expects 0.5 % of the cases per number and, for a roster's few thousand numbers, every case: it then
    /// compared each case with the whole array (31 s for 5,000 numbers at 170,000 cases) instead of searching the index 5,000
    /// times (90 ms). <c>offset 0</c> keeps the search per number, which PostgreSQL would otherwise fold into such a join.
    /// </summary>
    public static string FromEachOf(string casesTable, string idNumbers) => $"""
        unnest({idNumbers}::text[]) as p(id_number)
        cross join lateral (select c.id, c.data from {casesTable} c where c.{Column} @> array[p.id_number] offset 0) as d
        """;

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
