using Assistance.Domain.Cases;
using Marten;
using Marten.Services;

namespace Assistance.Host.Worklists.Duplicates;

/// <summary>
/// Checks for 重复享受 right after an enrolment is committed, whichever endpoint or handler appended it,
/// and flags both cases. The daily job records when a duplicate ends.
/// </summary>
public sealed class DuplicateEnrolmentListener : DocumentSessionListenerBase
{
    public override async Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        foreach (var e in commit.GetEvents().Where(e => e.Data is EnrolmentApproved))
            await DuplicateChecks.FlagAsync(session.DocumentStore, e.StreamId, CaseStreamFacts.RecordedOn(e), token);
    }
}
