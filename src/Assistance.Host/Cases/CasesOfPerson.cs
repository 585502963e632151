using Assistance.Domain.Cases;
using Marten;

namespace Assistance.Host.Cases;

/// <summary>The cases, in any county, whose household includes a person: every lookup by member ID number starts here.</summary>
public static class CasesOfPerson
{
    /// <remarks>
    /// Marten compares <c>data -> 'members'</c> with a containment for this <c>Any</c>, which is exactly what the members' GIN index
    /// (<see cref="Worklists.WorklistModule"/>) serves, so the lookup costs the same at a thousand cases and at a million.
    /// </remarks>
    public static IQueryable<HouseholdCase> Query(IQuerySession session, string idNumber) =>
        session.Query<HouseholdCase>().Where(c => c.Members.Any(m => m.IdNumber == idNumber));
}
