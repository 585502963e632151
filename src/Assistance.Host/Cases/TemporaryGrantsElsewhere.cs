using Assistance.Domain.Cases;
using Marten;
using Assistance.Domain.TemporaryAssistance;

namespace Assistance.Host.Cases;

/// <summary>临时救助 granted to a case's members on other cases, in any county: the yearly limit counts per person, by ID number.</summary>
public static class TemporaryGrantsElsewhere
{
    public static async Task<IReadOnlyList<PriorTemporaryGrant>> OfMembersAsync(IQuerySession session, HouseholdCase c, CancellationToken ct)
    {
        var grants = new List<PriorTemporaryGrant>();
        foreach (var idNumber in c.Members.Select(m => m.IdNumber))
        {
            var others = (await CasesOfPerson.ListAsync(session, idNumber, ct)).Where(o => o.Id != c.Id);
            grants.AddRange(others.SelectMany(o => o.TemporaryGrants
                .Where(g => (g.RecipientIdNumbers ?? o.Members.Select(m => m.IdNumber).ToList()).Contains(idNumber))
                .Select(g => new PriorTemporaryGrant(g.GrantedOn, [idNumber]))));
        }
        return grants;
    }
}
