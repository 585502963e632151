using NodaTime;

namespace Assistance.Host.PaymentRolls;

/// <summary>
/// Months as whole numbers (year × 12 + month − 1) in the tables a draft reads: PostgreSQL compares them and Npgsql reads them as
/// integers, where each 'yyyy-MM' text had to be parsed in the host.
/// </summary>
public static class MonthNumbers
{
    public static int Of(YearMonth month) => month.Year * 12 + month.Month - 1;

    public static YearMonth At(int number) => new(number / 12, number % 12 + 1);

    /// <summary>The SQL that turns a 'yyyy-MM' text expression into its number.</summary>
    public static string Sql(string text) => $"(substr({text}, 1, 4)::int * 12 + substr({text}, 6, 2)::int - 1)";
}
