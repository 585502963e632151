using Assistance.Domain.Cases;
using Assistance.Domain.Policy;
using Assistance.Domain.Eligibility;

namespace Assistance.Domain.Amounts;

/// <summary>What the rules say a case is entitled to in a month, from the household as last assessed or reviewed.</summary>
public static class CaseAmounts
{
    /// <summary>The household as the latest review (or, before any review, the assessment) found it, with <paramref name="members"/> when given (after a death).</summary>
    public static HouseholdCircumstances? Circumstances(HouseholdCase c, IReadOnlyList<Member>? members = null)
    {
        members ??= c.Members;
        if (c.LatestReview is { } review)
            return new HouseholdCircumstances(members, c.Residence, review.MonthlyIncome, review.RigidExpenditure, review.Assets);
        return c.LatestAssessment is { } assessment
            ? new HouseholdCircumstances(members, c.Residence, assessment.MonthlyIncome, assessment.RigidExpenditure, assessment.Assets)
            : null;
    }

    /// <summary>
    /// The 特困 persons of the case: those the assessment recognised (N3 Art.6), still members; every member when an older
    /// assessment did not name them.
    /// </summary>
    public static IReadOnlyList<Member> TekunPersons(HouseholdCase c, IReadOnlyList<Member>? members = null)
    {
        members ??= c.Members;
        return c.LatestAssessment?.TekunIdNumbers is { Count: > 0 } ids ? members.Where(m => ids.Contains(m.IdNumber)).ToList() : members;
    }

    /// <summary>
    /// The monthly amount for <paramref name="program"/>, or null when the rules cannot compute it (no assessment, no self-care
    /// assessment for 特困, or 临时救助, which has no monthly amount). <paramref name="members"/> replaces the household's members (after a death).
    /// </summary>
    public static BenefitAmount? Compute(HouseholdCase c, Values.Program program, YearMonth month, PolicyParameters policy,
        IReadOnlyList<Member>? members = null)
    {
        if (Circumstances(c, members) is not { } household) return null;
        return program switch
        {
            Values.Program.Dibao when c.SinglePersonIdNumber is { } single =>
                DibaoAmount.ForSinglePerson(household.Members.Single(m => m.IdNumber == single), c.Residence, month, policy),
            Values.Program.Dibao => DibaoAmount.ForHousehold(household, month, policy),
            Values.Program.Tekun => Tekun(c, TekunPersons(c, household.Members), policy),
            Values.Program.Marginal => new BenefitAmount(0, 0, [], 0, ["低保边缘家庭不发放低保金，享受相应专项救助"]),
            Values.Program.RigidExpenditure => new BenefitAmount(0, 0, [], 0, ["刚性支出困难家庭不发放低保金，在认定有效期内按规定获得相应社会救助或帮扶"]),
            _ => null,
        };
    }

    /// <summary>Each supported person is paid the 特困 amount with the care fee of their own self-care level (N3 Art.20–23).</summary>
    private static BenefitAmount? Tekun(HouseholdCase c, IReadOnlyList<Member> persons, PolicyParameters policy)
    {
        if (c.LatestAssessment is not { } assessment || persons.Count == 0) return null;
        var levels = new List<(string Name, SelfCareLevel Level)>();
        foreach (var person in persons)
        {
            var own = assessment.MemberSelfCare?.FirstOrDefault(s => s.IdNumber == person.IdNumber)?.SelfCare ?? assessment.SelfCare;
            if (own is null) return null;
            levels.Add((person.Name, own.Level));
        }
        return TekunAmount.ForPersons(levels, c.Residence, assessment.SupportMode ?? TekunSupportMode.Scattered, policy);
    }
}
