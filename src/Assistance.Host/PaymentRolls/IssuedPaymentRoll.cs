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

    /// <summary>
    /// The lines of the cases after <paramref name="after"/>, case by case until there are at least <paramref name="limit"/> (a
    /// case's lines are together, in the roll's order), with the case to read on from when more follow; null when
    /// <paramref name="after"/> has no line in this roll.
    /// </summary>
    public (List<RollLine> Lines, Guid? Next)? PageAfter(Guid? after, int limit)
    {
        var start = after is { } afterCase ? Lines.FindLastIndex(l => l.CaseId == afterCase) + 1 : 0;
        if (after is not null && start == 0) return null;
        var end = LinePages.End(Lines, start, limit);
        return (Lines[start..end], end < Lines.Count ? Lines[end - 1].CaseId : null);
    }
}
