using NodaTime;

namespace Assistance.Domain.Cases;

/// <summary>The checks every decision shares; each answers a refusal that names the missing step, or null.</summary>
public static class LifecycleRules
{
    public static Refusal? MustBeOpen(HouseholdCase c) => c.Status switch
    {
        CaseStatus.Exited => new("案件已终止", "该案件已退出救助，不能再办理此事项；如需重新申请，请新建申请（新案件）。只可继续办理临时救助。"),
        CaseStatus.Rejected => new("案件已不予确认", "该申请已被驳回，不能再办理此事项；如需重新申请，请新建申请（新案件）。"),
        _ => null,
    };

    public static Refusal? MustBeEnrolled(HouseholdCase c) =>
        MustBeOpen(c) ?? (c.IsEnrolled ? null : new("案件未纳入保障", $"只有已纳入保障的案件才能办理此事项，当前状态为「{CaseStatusLabels.Of(c.Status)}」，缺少审批确认（纳入）步骤。"));

    public static Refusal? NotBeforeApplication(HouseholdCase c, YearMonth effectiveMonth, string field) =>
        effectiveMonth < c.ApplicationMonth
            ? new("生效月份早于申请月份", $"{field} {effectiveMonth:yyyy-MM} 早于申请月份 {c.ApplicationMonth:yyyy-MM}。")
            : null;

    public static Refusal? NotBeforeApplication(HouseholdCase c, LocalDate date, string field) =>
        date < c.AppliedOn
            ? new("日期早于申请日期", $"{field} {date:yyyy-MM-dd} 早于申请日期 {c.AppliedOn:yyyy-MM-dd}。")
            : null;

    public static Refusal? NotAfterToday(LocalDate date, LocalDate today, string field) =>
        date > today ? new("日期晚于今天", $"{field} {date:yyyy-MM-dd} 晚于今天（{today:yyyy-MM-dd}），不能登记将来的事项。") : null;

    public static Refusal? NotNegative(decimal amount, string field) =>
        amount < 0 ? new("金额不能为负数", $"{field} 为 {amount}，金额不能为负数。") : null;
}
