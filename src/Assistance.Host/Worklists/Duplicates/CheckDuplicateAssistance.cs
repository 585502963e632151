namespace Assistance.Host.Worklists.Duplicates;

/// <summary>
/// 重复享受 check for a case that was just enrolled or gained an enrolled member (<see cref="Domain.Duplicates.EnrolledSpans.MayBegin"/>).
/// Sent through Wolverine's outbox in the transaction of the change, so it runs (once, durably) after the commit and the
/// command's answer depends only on the commit.
/// </summary>
public sealed record CheckDuplicateAssistance(Guid CaseId);
