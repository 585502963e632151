using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using NodaTime;
using Assistance.Domain.Policy;
using Assistance.Domain.Eligibility;

namespace Assistance.Domain.Amounts;

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

    /// <summary>
    /// The months after <paramref name="from"/> in which the number of members qualifying for 分类施保 changes because
    /// someone turns 60 or 18 (ages are taken on the first day of the month), with the new number.
    /// </summary>
    public static IEnumerable<(YearMonth Month, int Qualifying)> ChangesAfter(IReadOnlyList<Member> members, YearMonth from)
    {
        var months = members
            .SelectMany(m => new[] { MemberCircumstances.ElderlyAge, MemberCircumstances.AdultAge }.Select(age => FirstMonthAged(m, age)))
            .Where(month => month > from).Distinct().Order();
        var count = Qualifying(members, from);
        foreach (var month in months)
        {
            var now = Qualifying(members, month);
            if (now != count) yield return (month, now);
            count = now;
        }
    }

    public static int Qualifying(IReadOnlyList<Member> members, YearMonth month) =>
        members.Count(m => m.ClassifiedAddOnGrounds(month).Count > 0);

    private static YearMonth FirstMonthAged(Member member, int age)
    {
        var birthday = member.BornOn().PlusYears(age);
        return birthday.Day == 1 ? birthday.ToYearMonth() : birthday.ToYearMonth().PlusMonths(1);
    }
}
