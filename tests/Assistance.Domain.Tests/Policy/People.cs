using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using NodaTime;
using Assistance.Domain.Eligibility;

namespace Assistance.Domain.Tests.Policy;

/// <summary>Members with valid ID numbers, built from a birth date or an age in the reference month.</summary>
internal static class People
{
    /// <summary>The month most examples are assessed in; ages are taken on its first day.</summary>
    public static readonly YearMonth June2025 = new(2025, 6);

    private static int _sequence;

    public static Member Born(
        LocalDate birth,
        string name = "成员",
        Disability disability = Disability.None,
        LaborCapacity capacity = LaborCapacity.Full,
        bool seriousIllness = false)
    {
        var sequence = Interlocked.Increment(ref _sequence) % 1000;
        var first17 = $"140429{birth:yyyyMMdd}{sequence:000}";
        var id = first17 + IdNumber.CheckCharacterFor(first17);
        return new Member(name, id, Relation.Other, disability, capacity, seriousIllness);
    }

    /// <summary>Someone whose age on 2025-06-01 is <paramref name="age"/> (born on 15 March).</summary>
    public static Member Aged(
        int age,
        string name = "成员",
        Disability disability = Disability.None,
        LaborCapacity capacity = LaborCapacity.Full,
        bool seriousIllness = false) =>
        Born(new LocalDate(2025 - age, 3, 15), name, disability, capacity, seriousIllness);

    public static Member[] WorkingAdults(int count) => Enumerable.Range(1, count).Select(i => Aged(40, $"成员{i}")).ToArray();

    public static HouseholdAt Urban(params Member[] members) => new(members, Residence.Urban);

    public static HouseholdAt Rural(params Member[] members) => new(members, Residence.Rural);

    internal sealed record HouseholdAt(Member[] Members, Residence Residence)
    {
        public HouseholdCircumstances Earning(decimal income, decimal rigid = 0, Assets? assets = null) =>
            new(Members, Residence, income, rigid, assets);
    }
}
