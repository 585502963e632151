using Assistance.Domain.Labels;
using Assistance.Domain.Worklists;

namespace Assistance.Host.Worklists;

/// <summary>The URL names of the lists, with their zh-CN titles from <see cref="WorklistLabels"/>.</summary>
public static class WorklistNames
{
    public static readonly IReadOnlyList<(string Name, Worklist List, string Title)> All =
    [
        .. new (string Name, Worklist List)[]
        {
            ("pending-applications", Worklist.PendingApplications),
            ("reviews-due", Worklist.ReviewsDue),
            ("should-exit", Worklist.ShouldExit),
            ("possibly-eligible", Worklist.PossiblyEligible),
            ("duplicates", Worklist.Duplicates),
            ("warnings", Worklist.Warnings),
        }.Select(l => (l.Name, l.List, WorklistLabels.Of(l.List))),
    ];

    public static bool TryFind(string name, out Worklist list, out string title)
    {
        foreach (var entry in All)
            if (entry.Name == name) { (list, title) = (entry.List, entry.Title); return true; }
        (list, title) = (default, "");
        return false;
    }
}
