using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Host.Core;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Cases;

/// <summary>
/// 复核 body of the contract, extended with the caseworker's finding: <c>outcome</c>, <c>monthlyAmount</c>,
/// <c>effectiveMonth</c> (default: the month after the review) and <c>gradualExitUntil</c>.
/// </summary>
public sealed record ReviewRequest(
    string? ReviewedOn, decimal? MonthlyIncome, AssetsRequest? Assets, decimal? RigidExpenditure, string? ReviewedBy, string? Notes,
    string? Outcome, decimal? MonthlyAmount, string? EffectiveMonth, string? GradualExitUntil, string? NextReviewDue, long? ExpectedVersion)
{
    public ReviewCase Read(FieldReader fields, LocalDate today)
    {
        var reviewedOn = fields.Date("reviewedOn", ReviewedOn);
        if (reviewedOn > today) fields.Add("reviewedOn", "复核日期不能晚于今天");
        return new ReviewCase(reviewedOn, fields.Money("monthlyIncome", MonthlyIncome), AssetsRequest.Read(fields, Assets),
            fields.Money("rigidExpenditure", RigidExpenditure, required: false), fields.Text("reviewedBy", ReviewedBy), Notes);
    }

    public ReviewFinding ReadFinding(FieldReader fields, ReviewCase review)
    {
        var outcome = fields.Enum<ReviewOutcome>("outcome", Outcome);
        var amount = outcome == ReviewOutcome.Exit ? 0 : fields.Money("monthlyAmount", MonthlyAmount);
        var effective = string.IsNullOrWhiteSpace(EffectiveMonth)
            ? review.ReviewedOn.ToYearMonth().PlusMonths(1)
            : fields.Month("effectiveMonth", EffectiveMonth);
        YearMonth? until = null;
        if (outcome == ReviewOutcome.GradualExit)
        {
            until = fields.Month("gradualExitUntil", GradualExitUntil);
            if (until < effective) fields.Add("gradualExitUntil", "渐退截止月份不能早于生效月份");
        }
        return new ReviewFinding(outcome, amount, effective, until, fields.OptionalDate("nextReviewDue", NextReviewDue));
    }
}

public static class ReviewEndpoint
{
    [WolverinePost("/api/households/{id}/reviews", OperationId = "reviewCase")]
    public static async Task<IResult> Post(Guid id, ReviewRequest request, IDocumentSession session, CountyRegistry counties, IClock clock, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        var review = request.Read(fields, clock.Today());
        var finding = request.ReadFinding(fields, review);
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);
        return await CaseStreams.DecideAsync(session, id, request.ExpectedVersion, review.ReviewedBy,
            state => ReviewDecision.Decide(state, review, finding), ct);
    }
}
