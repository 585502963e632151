using System.Security.Claims;
using Assistance.Domain.Cases;
using Assistance.Domain.Policy;
using Assistance.Host.Policy;
using Assistance.Domain.Values;
using Assistance.Host.Access;
using Assistance.Host.Core;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

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
    public ReviewCase Read(FieldReader fields, LocalDate today, PolicyParameters policy, string actor)
    {
        var reviewedOn = fields.Date("reviewedOn", ReviewedOn);
        if (reviewedOn > today) fields.Add("reviewedOn", "复核日期不能晚于今天");
        var (income, _) = IncomeRequest.ReadTotal(fields, MonthlyIncome, Incomes, policy);
        return new ReviewCase(reviewedOn, income, AssetsRequest.Read(fields, Assets),
            fields.Money("rigidExpenditure", RigidExpenditure, required: false), actor, Notes);
    }

    /// <summary>What the rules make of the review, with the next review date by the household's category.</summary>
    public (ReviewFinding Finding, ReviewResult Result) Compute(HouseholdCase state, ReviewCase review, IncomeChangeCause cause, PolicyVersion policy)
    {
        var household = new HouseholdCircumstances(state.Members, state.Residence, review.MonthlyIncome, review.RigidExpenditure, review.Assets);
        var result = ReviewDecider.Decide(new ReviewInput(household, review.ReviewedOn, state.MonthlyAmount, cause,
            state.AddOnTotal, state.SinglePersonIdNumber), policy.Parameters);
        var next = ReviewSchedule.NextDue(review.ReviewedOn, state.Program, state.Members, IncomeStable ?? true, policy.Parameters);
        return (new ReviewFinding(result.Outcome, result.MonthlyAmount, result.EffectiveMonth, result.GradualExitUntil, next.DueOn, policy.Version,
            result.Amount?.AddOnTotal ?? 0), result);
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
    [Authorize(Policy = LedgerPolicies.HandleCases)]
    [WolverinePost("/api/households/{id}/reviews", OperationId = "reviewCase")]
    public static async Task<IResult> Post(Guid id, ReviewRequest request, IDocumentSession session, CountyRegistry counties, IClock clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var current = await session.LoadAsync<HouseholdCase>(id, ct);
        var signedIn = user.Ledger();
        if (current is null || !signedIn.MaySee(current.CountyCode, current.Township)) return Problems.CaseNotFound(id);
        var today = clock.Today();
        var policy = await Policies.InForceAsync(session, current.CountyCode, today.ToYearMonth(), ct);
        var fields = new FieldReader(counties);
        var review = request.Read(fields, today, policy.Parameters, Actors.Of(signedIn));
        var given = string.IsNullOrWhiteSpace(request.Outcome) ? null : request.ReadFinding(fields, review);
        var cause = fields.Enum<IncomeChangeCause>("incomeChangeCause", request.IncomeChangeCause, IncomeChangeCause.Other);
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);

        return await CaseStreams.DecideAsync(session, id, request.ExpectedVersion, signedIn, state =>
        {
            if (given is not null) return Task.FromResult((ReviewDecision.Decide(state, review, given), (object?)null));
            if (LifecycleRules.MustBeEnrolled(state) is { } notEnrolled) return Task.FromResult(((Decision)notEnrolled, (object?)null));
            if (state.Program != Domain.Values.Program.Dibao)
                return Task.FromResult((Decision.Refuse("请填写复核结论",
                    "系统按低保规则测算复核结论；特困、低保边缘案件的复核请填写 outcome 和 monthlyAmount。"), (object?)null));
            var (finding, result) = request.Compute(state, review, cause, policy);
            return Task.FromResult((ReviewDecision.Decide(state, review, finding), (object?)result));
        }, ct);
    }
}
