namespace Assistance.Host.Worklists.Duplicates;

/// <summary>
/// 重复享受 check for a case that was just enrolled. Sent through Wolverine's outbox in the transaction of the enrolment, so
/// it runs (once, durably) after the commit and the approval's answer depends only on the commit.
/// </summary>
public sealed record CheckDuplicateAssistance(Guid CaseId);
