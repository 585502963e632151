using Assistance.Domain.Cases;
using Marten;

namespace Assistance.Host.Worklists.Duplicates;

/// <summary>Flags both cases for each person of the enrolled case who is enrolled elsewhere too, dated by the day the enrolment was recorded.</summary>
public static class CheckDuplicateAssistanceHandler
{
    public static async Task Handle(CheckDuplicateAssistance message, IDocumentStore store, CancellationToken ct)
    {
        IReadOnlyList<JasperFx.Events.IEvent> events;
        await using (var query = store.QuerySession()) events = await query.Events.FetchStreamAsync(message.CaseId, token: ct);
        if (events.LastOrDefault(e => e.Data is EnrolmentApproved) is not { } enrolment) return;
        await DuplicateChecks.FlagAsync(store, message.CaseId, CaseStreamFacts.RecordedOn(enrolment), ct);
    }
}
