namespace Assistance.Host.Worklists.Refresh;

/// <summary>
/// 重新计算工作清单: re-evaluate the stored worklist documents of one county (every county when <see cref="CountyCode"/> is null)
/// with the working-day calendar and the county parameters in force today. Asked for when an administrator changes a county's
/// policy or the holiday calendar, and by the daily job on the first day of a month a policy version takes effect.
/// </summary>
public sealed record RefreshWorklists(string? CountyCode);
