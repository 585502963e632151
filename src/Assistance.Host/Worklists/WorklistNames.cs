using Assistance.Domain.Worklists;

namespace Assistance.Host.Worklists;

/// <summary>The URL names and zh-CN titles of the lists.</summary>
public static class WorklistNames
{
    public static readonly IReadOnlyList<(string Name, Worklist List, string Title)> All =
    [
        ("pending-applications", Worklist.PendingApplications, "待办申请"),
        ("reviews-due", Worklist.ReviewsDue, "到期复核"),
        ("should-exit", Worklist.ShouldExit, "应退未退"),
        ("possibly-eligible", Worklist.PossiblyEligible, "应保未保"),
        ("duplicates", Worklist.Duplicates, "重复享受"),
        ("warnings", Worklist.Warnings, "数据比对预警"),
    ];

    public static bool TryFind(string name, out Worklist list, out string title)
    {
        foreach (var entry in All)
            if (entry.Name == name) { (list, title) = (entry.List, entry.Title); return true; }
        (list, title) = (default, "");
        return false;
    }
}
