using NodaTime;
using NodaTime.Calendars;

namespace Assistance.Domain.Outreach;

/// <summary>
/// 周调度 for one county and ISO week: persons on the rosters by the week's end, visits made, persons reached for the first
/// time, applications and enrolments in the week, and the share of rostered persons reached by its end.
/// </summary>
public sealed record WeeklyProgress(string CountyCode, string Week, LocalDate WeekStart, int Rostered, int Visited, int Reached, int Applied,
    int Enrolled, int ReachedSoFar, decimal ShareReached)
{
    public static IReadOnlyList<WeeklyProgress> Of(IEnumerable<OutreachDay> days, IEnumerable<string> counties, LocalDate from, LocalDate to)
    {
        var byCounty = days.ToLookup(d => d.CountyCode);
        var weeks = new List<LocalDate>();
        for (var monday = MondayOf(from); monday <= to; monday = monday.PlusWeeks(1)) weeks.Add(monday);
        var rows = new List<WeeklyProgress>();
        foreach (var county in counties)
        {
            var countyDays = byCounty[county].ToList();
            foreach (var monday in weeks)
            {
                var sunday = monday.PlusDays(6);
                var week = countyDays.Where(d => d.Day >= monday && d.Day <= sunday).ToList();
                var rostered = countyDays.Where(d => d.Day <= sunday).Sum(d => d.Rostered);
                var reachedSoFar = countyDays.Where(d => d.Day <= sunday).Sum(d => d.Reached);
                rows.Add(new WeeklyProgress(county, IsoWeek(monday), monday, rostered, week.Sum(d => d.Visits), week.Sum(d => d.Reached),
                    week.Sum(d => d.Applied), week.Sum(d => d.Enrolled), reachedSoFar,
                    rostered == 0 ? 0m : Math.Round((decimal)reachedSoFar / rostered, 4)));
            }
        }
        return rows;
    }

    public static LocalDate MondayOf(LocalDate day) => day.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));

    public static string IsoWeek(LocalDate day) =>
        $"{WeekYearRules.Iso.GetWeekYear(day):0000}-W{WeekYearRules.Iso.GetWeekOfWeekYear(day):00}";
}
