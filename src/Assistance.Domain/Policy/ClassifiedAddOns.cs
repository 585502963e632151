using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using NodaTime;

namespace Assistance.Domain.Policy;

/// <summary>分类施保: one add-on per qualifying person, however many grounds they have (N1 Art.12, N2 Art.27).</summary>
public static class ClassifiedAddOns
{
    public static IReadOnlyList<AmountComponent> For(
        IEnumerable<Member> enrolled, Residence residence, YearMonth month, PolicyParameters policy)
    {
        var amount = policy.ClassifiedAddOnFor(residence);
        return enrolled
            .Select(m => (Member: m, Grounds: m.ClassifiedAddOnGrounds(month)))
            .Where(x => x.Grounds.Count > 0)
            .Select(x => new AmountComponent($"分类施保（{x.Member.Name}，{string.Join("、", x.Grounds)}）", amount, x.Member.IdNumber))
            .ToList();
    }
}
