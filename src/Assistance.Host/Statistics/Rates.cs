
namespace Assistance.Host.Statistics;

public static class Rates
{
    /// <summary>(now − before) / before as a fraction rounded to 4 places (a percentage with 2 decimals); 0 when both are 0, null when only the base is.</summary>
    public static decimal? Change(int before, int now) =>
        before == 0 ? (now == 0 ? 0m : null) : Math.Round((decimal)(now - before) / before, 4, MidpointRounding.AwayFromZero);
}
