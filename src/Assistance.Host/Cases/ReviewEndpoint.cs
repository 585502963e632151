using Microsoft.AspNetCore.Authorization;
using Assistance.Host.Access;
using System.Security.Claims;
using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Host.Core;
using Marten;
using NodaTime;
using Wolverine.Http;
using Assistance.Domain.Reviews;

namespace Assistance.Host.Cases;

/// <summary>
/// 复核 body of the contract. The county's rules decide the outcome (维持/增发/减发/渐退/停发) from the new income; the caller
/// says why income rose (<c>incomeChangeCause</c>: Employment, HouseholdChange or Other — only the first two allow 渐退).
/// A caseworker may instead record the finding directly with <c>outcome</c>, <c>monthlyAmount</c>, <c>effectiveMonth</c>
/// (default: the month after the review), <c>gradualExitUntil</c> and <c>nextReviewDue</c>.
/// </summary>
public sealed record ReviewRequest(
    string? ReviewedOn, decimal? MonthlyIncome, List<IncomeRequest>? Incomes, AssetsRequest? Assets, decimal? RigidExpenditure,
    string? ReviewedBy, string? Notes, string? IncomeChangeCause, bool? IncomeStable,
    string? Outcome, decimal? MonthlyAmount, string? EffectiveMonth, string? GradualExitUntil, string? NextReviewDue, long? ExpectedVersion)
{
    public ReviewCase Read(FieldReader fields, LocalDate today, string actor)
    {
        var reviewedOn = fields.Date("reviewedOn", ReviewedOn);
        if (reviewedOn > today) fields.Add("reviewedOn", "复核日期不能晚于今天");
        var (income, items) = IncomeRequest.Read(fields, MonthlyIncome, Incomes);
        return new ReviewCase(reviewedOn, income, AssetsRequest.Read(fields, Assets),
            fields.Money("rigidExpenditure", RigidExpenditure, required: false), actor, Notes, items,
            fields.Enum<Domain.Reviews.IncomeChangeCause>("incomeChangeCause", IncomeChangeCause, Domain.Reviews.IncomeChangeCause.Other), IncomeStable ?? true);
    }

    /// <summary>The finding a caseworker records directly, when <c>outcome</c> is given.</summary>
    public ReviewFinding? ReadFinding(FieldReader fields, ReviewCase review)
    {
        if (string.IsNullOrWhiteSpace(Outcome)) return null;
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
    [Authorize(Policy = LedgerPolicies.HandleCases)]
    [WolverinePost("/api/households/{id}/reviews", OperationId = "reviewCase",
        Summary = "定期复核",
        Description = "经办人记录复核结论：维持、增发、减发、渐退或停发，并按家庭类别确定下次复核日期。")]
    public static async Task<IResult> Post(Guid id, ReviewRequest request, IDocumentSession session, CountyRegistry counties, IClock clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var today = clock.Today();
        var fields = new FieldReader(counties);
        var signedIn = user.Ledger();
        var review = request.Read(fields, today, Actors.Of(signedIn));
        var given = request.ReadFinding(fields, review);
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);
        return await CaseStreams.DecideAsync(session, id, request.ExpectedVersion, signedIn, (state, policy) => given is null
            ? ReviewDecision.Decide(state, review, policy, today)
            : ReviewDecision.Record(state, review, given, policy, today), ct);
    }
}
