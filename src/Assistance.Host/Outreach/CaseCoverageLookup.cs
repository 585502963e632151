using Assistance.Domain.Cases;
using Assistance.Domain.Outreach;
using Assistance.Domain.Values;
using Assistance.Host.Cases;
using Marten;
using NodaTime;
using NodaTime.Text;

namespace Assistance.Host.Outreach;

/// <summary>Every case, current or past and in every county, that holds each of the given ID numbers as a member.</summary>
public static class CaseCoverageLookup
{
    public static async Task<Dictionary<string, PersonCoverage>> CoverageAsync(IQuerySession session, IReadOnlyCollection<string> idNumbers, CancellationToken ct)
    {
        var memberships = await MembershipsAsync(session, idNumbers, ct);
        return idNumbers.Distinct().ToDictionary(id => id,
            id => memberships.TryGetValue(id, out var cases) ? PersonCoverage.Of(cases) : PersonCoverage.None);
    }

    private static async Task<Dictionary<string, List<CaseMembership>>> MembershipsAsync(IQuerySession session, IReadOnlyCollection<string> idNumbers, CancellationToken ct)
    {
        var table = session.DocumentStore.Options.Schema.For<HouseholdCase>(true);
        var found = new Dictionary<string, List<CaseMembership>>();
        foreach (var chunk in idNumbers.Distinct().Chunk(5000))
        {
            var rows = await session.QueryAsync<string>('^', $"""
                select concat_ws('|', p.id_number, d.id::text, d.data ->> 'countyCode', d.data ->> 'status', d.data ->> 'program',
                       case when d.data -> 'enrolledIdNumbers' ? p.id_number then '1' else '0' end,
                       d.data ->> 'appliedOn', coalesce(d.data ->> 'exitMonth', ''), coalesce(d.data ->> 'exitReason', ''))
                from {CasesOfPerson.FromEachOf(table, "^")}
                """, ct, [chunk]);
            foreach (var row in rows)
            {
                var p = row.Split('|');
                var membership = new CaseMembership(Guid.Parse(p[1]), p[2], Enum.Parse<CaseStatus>(p[3]), Enum.Parse<Assistance.Domain.Values.Program>(p[4]), p[5] == "1",
                    LocalDatePattern.Iso.Parse(p[6]).Value,
                    p[7].Length > 0 ? YearMonthPattern.Iso.Parse(p[7]).Value : null,
                    p[8].Length > 0 ? Enum.Parse<ExitReason>(p[8]) : null);
                (found.TryGetValue(p[0], out var list) ? list : found[p[0]] = []).Add(membership);
            }
        }
        return found;
    }
}
