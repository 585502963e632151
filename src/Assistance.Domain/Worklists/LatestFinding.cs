using Assistance.Domain.Cases;

namespace Assistance.Domain.Worklists;

/// <summary>
/// The latest assessment or review of a case and the household it found, so per-capita income is cut to the fen and compared
/// exactly as the assessment does (<see cref="Eligibility.HouseholdCircumstances"/>).
/// </summary>
public sealed record LatestFinding(string What, LocalDate On, Eligibility.HouseholdCircumstances Household)
{
    public static LatestFinding? Of(HouseholdCase c)
    {
        if (c.Members.Count == 0) return null;
        var review = c.LatestReview;
        var assessment = c.LatestAssessment;
        if (review is not null && (assessment is null || review.ReviewedOn >= assessment.AssessedOn))
            return new("复核", review.ReviewedOn, new(c.Members, c.Residence, review.MonthlyIncome, review.RigidExpenditure, review.Assets));
        return assessment is null ? null
            : new("家庭经济状况认定", assessment.AssessedOn, new(c.Members, c.Residence, assessment.MonthlyIncome, assessment.RigidExpenditure, assessment.Assets));
    }
}
