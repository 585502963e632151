using System.Globalization;

namespace Assistance.Domain.Labels;

/// <summary>zh-CN number and month formats shared by the explanations, so every screen prints amounts the same way.</summary>
internal static class Zh
{
    /// <summary>A parameter or payable amount: "780" when whole, "877.50" otherwise.</summary>
    public static string Yuan(decimal amount) =>
        amount == decimal.Truncate(amount)
            ? decimal.Truncate(amount).ToString("0", CultureInfo.InvariantCulture)
            : amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A declared or derived income, always to the fen: "520.00".</summary>
    public static string Fen(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Month(NodaTime.YearMonth month) => $"{month.Year}年{month.Month}月";
}
