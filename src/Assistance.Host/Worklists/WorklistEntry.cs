using NodaTime;
using Assistance.Domain.Worklists;

namespace Assistance.Host.Worklists;

/// <summary>One case's row on one list. Dates are kept as yyyyMMdd numbers for querying (no NodaTime in LINQ).</summary>
public sealed class WorklistEntry
{
    public string Reason { get; set; } = "";
    public List<string> Codes { get; set; } = [];
    public int DueOn { get; set; }
    public int VisibleFrom { get; set; }

    public static WorklistEntry? Of(IReadOnlyList<WorklistReason>? reasons) => reasons is null or { Count: 0 } ? null : new()
    {
        Reason = string.Join("；", reasons.Select(r => r.Text)),
        Codes = reasons.Select(r => r.Code).Distinct().ToList(),
        DueOn = DayNumber.Of(reasons.Min(r => r.DueOn)),
        VisibleFrom = DayNumber.Of(reasons.Min(r => r.VisibleFrom)),
    };
}

/// <summary>A date as the number yyyyMMdd, which orders like the date.</summary>
public static class DayNumber
{
    public static int Of(LocalDate d) => d.Year * 10000 + d.Month * 100 + d.Day;

    public static LocalDate ToDate(int n) => new(n / 10000, n / 100 % 100, n % 100);
}
