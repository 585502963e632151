using Assistance.Domain.Cases;
using Assistance.Domain.Policy;
using Assistance.Domain.Reviews;
using Assistance.Domain.Worklists;

namespace Assistance.Samples;

/// <summary>
/// A household's months after November 2025, month by month through the ledger's own rules: a 渐退 that has run out ends as
/// the daily job ends it (<see cref="TimeCausedEvents"/>); a review is held in the month it is due (a roster household never
/// reviewed since the migration on its enrolment anniversary), a 低保 review decided by <see cref="ReviewDecision.Decide"/>
/// from the income found (about half the households unchanged since the last finding; 维持/增发/减发 by the amount the rules
/// compute, 渐退 after a job, 停发 above the 低保边缘 line), a 特困 or 低保边缘 review recorded as
/// continuing; in other months the household may leave (death, moving away, voluntary) by <see cref="ExitDecision"/>.
/// </summary>
internal sealed class Continuation(CaseBuilder builder, Random random, string county, YearMonth through)
{
    private const string Reviewers = "复核组";
    private readonly CountyPolicy _policy = CountyPolicy.Unset(county);
    private readonly string _office = $"{county}民政局";

    public void Run()
    {
        if (!builder.State.IsEnrolled) return;
        var reviewDay = random.Next(1, 29);
        var start = builder.LastDay.ToYearMonth().PlusMonths(1);
        if (start < SampleCityOptions.ContinuationStarts) start = SampleCityOptions.ContinuationStarts;
        for (var month = start; month <= through; month = month.PlusMonths(1))
        {
            var c = builder.State;
            if (c.Status == CaseStatus.GradualExit)
            {
                if (c.GradualExitUntil is not { } until || until >= month) continue;
                var first = month.OnDayOfMonth(1);
                builder.Then(s => Decision.Accept([.. TimeCausedEvents.On(first, s, new CaseFacts(), WorklistPolicy.Defaults)]), first, TimeCausedEvents.System);
                return;
            }
            if (!c.IsEnrolled) return;
            var due = c.NextReviewDue ?? Anniversary(c, reviewDay);
            if (due.ToYearMonth() <= month)
                Review(c, due.ToYearMonth() == month ? due : month.OnDayOfMonth(reviewDay));
            else if (random.Next(1000) < ContinuationFigures.ExitsPerThousandPerMonth)
                Exit(c, month);
        }
    }

    /// <summary>A migrated roster household without a review since: its yearly review falls in the month it was enrolled.</summary>
    private static LocalDate Anniversary(HouseholdCase c, int day)
    {
        var month = c.EffectiveMonth!.Value.Month;
        return new LocalDate(month == 12 ? 2025 : 2026, month, day);
    }

    private void Review(HouseholdCase c, LocalDate on)
    {
        if (c.Program != Program.Dibao)
        {
            var next = ReviewSchedule.NextDue(on, c.Program, c.Members, incomeStable: true, _policy.InForce(on.ToYearMonth()).Parameters).DueOn;
            var income = c.LatestReview?.MonthlyIncome ?? c.LatestAssessment?.MonthlyIncome ?? 0;
            builder.Then(s => ReviewDecision.Record(s, new ReviewCase(on, income, new Assets(), 0, Reviewers, null),
                new ReviewFinding(ReviewOutcome.Continue, s.MonthlyAmount, on.ToYearMonth().PlusMonths(1), null, next), _policy, on), on, Reviewers);
            return;
        }
        var standard = _policy.InForce(on.ToYearMonth()).Parameters.DibaoStandardFor(c.Residence) * c.Members.Count;
        var draw = random.Next(100);
        var unchanged = c.LatestReview?.MonthlyIncome ?? c.LatestAssessment?.MonthlyIncome ?? Math.Max(0, standard - c.MonthlyAmount);
        var (found, cause) = draw < ContinuationFigures.ReviewExitsPerHundred
            ? (standard * (1.6m + 0.6m * (decimal)random.NextDouble()), IncomeChangeCause.Other)
            : draw < ContinuationFigures.ReviewExitsPerHundred + ContinuationFigures.ReviewGradualExitsPerHundred
                ? (standard * (1.05m + 0.35m * (decimal)random.NextDouble()), IncomeChangeCause.Employment)
                : draw < 55 ? (unchanged, IncomeChangeCause.Other) : (standard * 0.6m * (decimal)random.NextDouble(), IncomeChangeCause.Other);
        var deposits = 100m * random.Next(0, 50);
        builder.Then(s => ReviewDecision.Decide(s, new ReviewCase(on, Math.Round(found / 10) * 10, new Assets(Deposits: deposits), 0, Reviewers, null,
            IncomeChangeCause: cause), _policy, on), on, Reviewers);
    }

    private void Exit(HouseholdCase c, YearMonth month)
    {
        var on = month.OnDayOfMonth(random.Next(1, 29));
        var reason = c.Members.Count == 1 && random.Next(2) == 0 ? ExitReason.Death : random.Next(2) == 0 ? ExitReason.MovedAway : ExitReason.Voluntary;
        builder.Then(s => ExitDecision.Decide(s, new ExitCase(reason, month.PlusMonths(1), _office, null)), on, _office);
    }
}
