using Assistance.Domain.Cases;

namespace Assistance.Domain.Policy;

/// <summary>What the rules say a case is entitled to in a month, from the household as last assessed or reviewed.</summary>
public static class CaseAmounts
{
    /// <summary>The household as the latest review (or, before any review, the assessment) found it.</summary>
    public static HouseholdCircumstances? Circumstances(HouseholdCase c) => c.LatestReview is { } review
        ? new HouseholdCircumstances(c.Members, c.Residence, review.MonthlyIncome, review.RigidExpenditure, review.Assets)
        : c.LatestAssessment is { } assessment
            ? new HouseholdCircumstances(c.Members, c.Residence, assessment.MonthlyIncome, assessment.RigidExpenditure, assessment.Assets)
            : null;

    /// <summary>The monthly amount for <paramref name="program"/>, or null when the rules cannot compute it (no assessment, no self-care assessment for 特困, or 临时救助, which has no monthly amount).</summary>
    public static BenefitAmount? Compute(HouseholdCase c, Values.Program program, YearMonth month, PolicyParameters policy)
    {
        if (Circumstances(c) is not { } household) return null;
        return program switch
        {
            Values.Program.Dibao when c.SinglePersonIdNumber is { } single =>
                DibaoAmount.ForSinglePerson(c.Members.Single(m => m.IdNumber == single), c.Residence, month, policy),
            Values.Program.Dibao => DibaoAmount.ForHousehold(household, month, policy),
            Values.Program.Tekun when c.LatestAssessment is { SelfCare: { } selfCare } assessment =>
                TekunAmount.For(c.Residence, assessment.SupportMode ?? TekunSupportMode.Scattered, selfCare.Level, policy),
            Values.Program.Marginal => new BenefitAmount(0, 0, [], 0, ["低保边缘家庭不发放低保金，享受相应专项救助"]),
            _ => null,
        };
    }
}
