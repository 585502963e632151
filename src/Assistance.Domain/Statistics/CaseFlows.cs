using Assistance.Domain.Entitlements;

namespace Assistance.Domain.Statistics;

/// <summary>
/// The monthly movements of one case, read off its entitlement timeline by effective month (domain notes §4 and §7):
/// 新增 in the first month of a program, 退出 in the first month without entitlement (the last month paid was the month before),
/// transfers when the program changes from one month to the next, and person changes inside a program.
/// Summed over months they give every month's caseload; recomputed after a backdated event they give the corrected months.
/// </summary>
public static class CaseFlows
{
    public static IReadOnlyList<CaseFlow> Of(CaseTimeline timeline)
    {
        var flows = new List<CaseFlow>();
        foreach (var month in ChangeMonths(timeline.Segments))
        {
            var before = EntitlementTimeline.At(timeline.Segments, month.PlusMonths(-1));
            var now = EntitlementTimeline.At(timeline.Segments, month);
            flows.AddRange(Between(timeline, month, before, now));
        }
        return flows;
    }

    /// <summary>The months in which coverage can differ from the month before: where a segment starts or the month after it ends.</summary>
    private static IEnumerable<YearMonth> ChangeMonths(IReadOnlyList<EntitlementSegment> segments) => segments
        .SelectMany(s => s.To is { } to ? new[] { s.From, to.PlusMonths(1) } : [s.From])
        .Distinct()
        .Order();

    private static IEnumerable<CaseFlow> Between(CaseTimeline t, YearMonth month, EntitlementSegment? before, EntitlementSegment? now)
    {
        var residence = t.Residence;
        if (before is null && now is null) yield break;
        if (before is null)
        {
            yield return new CaseFlow(now!.Program, month, residence, FlowKind.New, 1, now.Persons);
        }
        else if (now is null)
        {
            yield return new CaseFlow(before.Program, month, residence, FlowKind.Exited, 1, before.Persons, ExitReasonFor(t, month, before));
        }
        else if (before.Program != now.Program)
        {
            yield return new CaseFlow(before.Program, month, residence, FlowKind.TransferOut, 1, before.Persons);
            yield return new CaseFlow(now.Program, month, residence, FlowKind.TransferIn, 1, now.Persons);
        }
        else if (before.Persons != now.Persons)
        {
            yield return new CaseFlow(now.Program, month, residence, FlowKind.PersonChange, 0, now.Persons - before.Persons);
        }
    }

    /// <summary>
    /// The recorded exit's reason when it takes effect this month; a 渐退 or a 刚性支出困难 recognition that ran out without one
    /// ended by itself.
    /// </summary>
    private static ExitReason ExitReasonFor(CaseTimeline t, YearMonth month, EntitlementSegment last) =>
        t.ExitMonth == month && t.ExitReason is { } reason ? reason
        : last.GradualExit ? ExitReason.GradualExitEnded
        : last.Program == Program.RigidExpenditure && last.To is not null ? ExitReason.RecognitionExpired
        : ExitReason.Other;
}
