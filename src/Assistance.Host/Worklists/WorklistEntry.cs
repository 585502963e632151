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
