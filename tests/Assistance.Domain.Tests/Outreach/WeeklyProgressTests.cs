using Assistance.Domain.Outreach;
using NodaTime;

namespace Assistance.Domain.Tests.Outreach;

/// <summary>周调度 from a county's days: the week's own movements, and the rostered and reached so far by the week's end.</summary>
public class WeeklyProgressTests
{
    private static readonly LocalDate Monday = new(2026, 1, 5);

    [Fact]
    public void A_week_sums_its_own_days_and_the_totals_so_far_include_every_day_before_it()
    {
        OutreachDay[] days =
        [
            // All days before the weeks asked for, summed as the eve of the first.
            new("140429", Monday.PlusDays(-1), Rostered: 40, Visits: 12, Reached: 10, Applied: 3, Enrolled: 1),
            new("140429", Monday, Rostered: 5, Visits: 4, Reached: 3, Applied: 1, Enrolled: 0),
            new("140429", Monday.PlusDays(6), Rostered: 0, Visits: 2, Reached: 1, Applied: 0, Enrolled: 2),
            new("140429", Monday.PlusDays(7), Rostered: 5, Visits: 1, Reached: 1, Applied: 0, Enrolled: 0),
            new("140403", Monday, Rostered: 9, Visits: 9, Reached: 9, Applied: 9, Enrolled: 9),
        ];

        var rows = WeeklyProgress.Of(days, ["140429"], Monday.PlusDays(2), Monday.PlusDays(8));

        rows.ShouldBe([
            new WeeklyProgress("140429", "2026-W02", Monday, 45, 6, 4, 1, 2, 14, 0.3111m),
            new WeeklyProgress("140429", "2026-W03", Monday.PlusWeeks(1), 50, 1, 1, 0, 0, 15, 0.3m),
        ]);
    }

    [Fact]
    public void A_county_without_days_has_a_row_of_zeros_for_each_week() =>
        WeeklyProgress.Of([], ["140429"], Monday, Monday.PlusDays(6))
            .ShouldBe([new WeeklyProgress("140429", "2026-W02", Monday, 0, 0, 0, 0, 0, 0, 0m)]);
}
