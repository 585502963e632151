using Assistance.Domain.PaymentRolls;

namespace Assistance.Host.PaymentRolls;

/// <summary>A frozen, issued roll (已发放名册). Its id is "{countyCode}:{yyyy-MM}", so a second issue of the same roll cannot be stored.</summary>
public sealed class IssuedPaymentRoll
{
    public string Id { get; set; } = "";
    public string CountyCode { get; set; } = "";
    public string Month { get; set; } = "";
    public List<RollLine> Lines { get; set; } = [];
    public decimal TotalAmount { get; set; }
    public int Households { get; set; }
    public int Persons { get; set; }
    public string LinesHash { get; set; } = "";
    public DateTimeOffset IssuedAt { get; set; }
    public string IssuedBy { get; set; } = "";

    public static string IdOf(string countyCode, string month) => $"{countyCode}:{month}";

    /// <summary>A LIKE pattern matching the ids of a county's rolls.</summary>
    public static string IdsOf(string countyCode) => IdOf(countyCode, "%");

    public static string MonthOf(string id) => id[(id.IndexOf(':') + 1)..];
}
