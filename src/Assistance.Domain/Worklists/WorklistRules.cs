using Assistance.Domain.Calendar;
using Assistance.Domain.Cases;
using Assistance.Domain.Reviews;

namespace Assistance.Domain.Worklists;

/// <summary>
/// Which lists a case belongs on and why, from the case and the facts of its stream. Nothing here depends on the day it is
/// evaluated: time enters through <see cref="WorklistReason.VisibleFrom"/> and <see cref="WorklistReason.DueOn"/>, which the
/// query compares with today, so a list is right for today however the events arrived (a load, an import, a rebuild).
/// </summary>
public static class WorklistRules
{
    public static IReadOnlyDictionary<Worklist, IReadOnlyList<WorklistReason>> Evaluate(
        HouseholdCase c, CaseFacts facts, WorkingDayCalendar days, WorklistPolicy policy)
    {
        var lists = new Dictionary<Worklist, IReadOnlyList<WorklistReason>>();
        void Put(Worklist list, IEnumerable<WorklistReason> reasons)
        {
            var all = reasons.ToList();
            if (all.Count > 0) lists[list] = all;
        }
        Put(Worklist.PendingApplications, Pending(c, days, policy));
        Put(Worklist.ReviewsDue, c.Program == Program.Marginal ? [] : ReviewDue(c, policy));
        Put(Worklist.ShouldExit, ShouldExit(c, facts, policy));
        Put(Worklist.PossiblyEligible, PossiblyEligible(c, facts, policy));
        Put(Worklist.Duplicates, c.IsEnrolled ? facts.Duplicates.Select(d => new WorklistReason("duplicate",
            $"身份证号 {IdNumber.Mask(d.IdNumber)} 同时在另一在保案件（县区 {d.OtherCountyCode}，案件 {d.OtherCaseId}）享受保障", d.FlaggedOn, d.FlaggedOn)) : []);
        Put(Worklist.Warnings, facts.OpenWarnings.Select(w => new WorklistReason("warning",
            $"{w.SourceDepartment}比对：{w.Kind}（{w.ReportedOn:yyyy-MM-dd}，{IdNumber.Mask(w.IdNumber)}），限 {w.VerifyBy:yyyy-MM-dd} 前核查", w.VerifyBy, w.RaisedOn)));
        return lists;
    }

    private static IEnumerable<WorklistReason> Pending(HouseholdCase c, WorkingDayCalendar days, WorklistPolicy policy)
    {
        if (StepDeadlines.Current(c, days, policy) is { } step)
            yield return new("pending", step.Name, step.DueOn, c.AppliedOn);
    }

    /// <summary>From one window before the due date on; overdue is read against today (<see cref="WorklistReason.DueOn"/>).</summary>
    private static IEnumerable<WorklistReason> ReviewDue(HouseholdCase c, WorklistPolicy policy)
    {
        if (ScheduledReview.DueOn(c, policy) is not { } due) yield break;
        var months = c.NextReviewDue is null ? $"（每{ScheduledReview.Interval(c, due, policy).IntervalMonths}个月）" : "";
        yield return new("review-due", $"定期复核到期{months}，应于 {due:yyyy-MM-dd} 前完成", due, ScheduledReview.WindowOpensOn(due, policy));
    }

    private static IEnumerable<WorklistReason> ShouldExit(HouseholdCase c, CaseFacts facts, WorklistPolicy policy)
    {
        if (c.Status == CaseStatus.Enrolled && c.Program == Program.RigidExpenditure && c.RecognisedUntil is { } recognised)
        {
            var lastDay = recognised.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1);
            yield return new("recognition-ending", $"刚性支出困难家庭认定有效期至 {recognised:yyyy-MM} 届满，需继续认定的应重新申请", lastDay, recognised.OnDayOfMonth(1));
        }
        if (!c.IsEnrolled || c.Program is Program.Marginal or Program.RigidExpenditure) yield break;
        if (c.Status == CaseStatus.Enrolled && c.Program == Program.Dibao && LatestFinding.Of(c) is { } finding)
        {
            // Equal to the standard is not below it (N1 Art.9: 低于). A 单人保 case lies in the 低保边缘 band by design (N2 Art.8)
            // and ends only at the 低保边缘 line.
            var single = c.SinglePersonIdNumber is not null;
            var line = single ? policy.Parameters.MarginalLineFor(c.Residence) : policy.DibaoStandard(c.Residence);
            if (!finding.Household.PerCapitaBelow(line))
                yield return new("income-above-standard",
                    $"最近一次{finding.What}人均月收入 {finding.Household.PerCapitaIncome:0.00} 元，不低于{(single ? "低保边缘线" : "低保标准")} {line:0.00} 元，未办理退出或渐退",
                    finding.On, finding.On);
        }
        if (c.Status == CaseStatus.GradualExit && c.GradualExitUntil is { } until)
        {
            var last = until.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1);
            yield return new("gradual-exit-ending", $"渐退期至 {until:yyyy-MM} 结束，期满停发", last, until.OnDayOfMonth(1));
        }
        foreach (var w in facts.OpenWarnings)
            yield return new("warning-unverified", $"数据比对预警待核查：{w.SourceDepartment}{w.Kind}，限 {w.VerifyBy:yyyy-MM-dd} 前核查", w.VerifyBy, w.RaisedOn);
        foreach (var w in facts.AwaitingAction)
            yield return new("warning-confirmed", $"数据比对预警经核实属实：{w.SourceDepartment}{w.Kind}，待复核或退出", w.VerifiedOn, w.VerifiedOn);
    }

    private static IEnumerable<WorklistReason> PossiblyEligible(HouseholdCase c, CaseFacts facts, WorklistPolicy policy)
    {
        var marginal = c.Program == Program.Marginal && c.Status == CaseStatus.Enrolled;
        var rejected = c.Status == CaseStatus.Rejected;
        if (!marginal && !rejected) yield break;
        var decidedOn = facts.DecidedOn ?? c.AppliedOn;

        foreach (var w in facts.OpenWarnings)
            yield return new("situation-changed", $"{(rejected ? "不予确认后" : "低保边缘家庭")}家庭情况发生变化：{w.SourceDepartment}{w.Kind}（{w.ReportedOn:yyyy-MM-dd}），可重新审核", w.RaisedOn, w.RaisedOn);
        foreach (var w in facts.AwaitingAction)
            yield return new("situation-changed", $"家庭情况变化经核实：{w.SourceDepartment}{w.Kind}，可重新审核", w.VerifiedOn, w.VerifiedOn);

        if (c.SinglePersonIdNumber is null)
            foreach (var m in c.Members.Where(MemberNeeds.IsSevere))
                yield return new("single-person-candidate",
                    $"{m.Name}（{IdNumber.Mask(m.IdNumber)}）{MemberNeeds.Describe(m)}，未单独纳入低保，可单人保", decidedOn, decidedOn);

        if (!marginal) yield break;
        if (ScheduledReview.DueOn(c, policy) is { } due)
            yield return new("marginal-rescreening", $"低保边缘家庭复核筛查，应于 {due:yyyy-MM-dd} 前完成", due, ScheduledReview.WindowOpensOn(due, policy));
        if (LatestFinding.Of(c) is { } finding && finding.Household.PerCapitaBelow(policy.DibaoStandard(c.Residence)))
            yield return new("marginal-below-standard",
                $"最近一次{finding.What}人均月收入 {finding.Household.PerCapitaIncome:0.00} 元，低于低保标准 {policy.DibaoStandard(c.Residence):0.00} 元", finding.On, finding.On);
    }
}
