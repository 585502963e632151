using JasperFx;
using Marten;
using Marten.Exceptions;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace Assistance.Host.Worklists.Duplicates;

/// <summary>
/// Flags each person the case enrolled who was enrolled elsewhere at the same time, in that person's duplicate stream
/// (<see cref="DuplicateChecks.FlagAsync"/>).
/// </summary>
public static class CheckDuplicateAssistanceHandler
{
    /// <summary>Two enrolments of one person checked at once on two nodes race on the person's stream: the loser checks again.</summary>
    public static void Configure(HandlerChain chain) =>
        chain.OnException<ConcurrencyException>().Or<ExistingStreamIdCollisionException>().RetryWithCooldown(
            TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1));

    public static async Task Handle(CheckDuplicateAssistance message, IDocumentStore store, CancellationToken ct)
    {
        IReadOnlyList<JasperFx.Events.IEvent> events;
        await using (var query = store.QuerySession()) events = await query.Events.FetchStreamAsync(message.CaseId, token: ct);
        await DuplicateChecks.FlagAsync(store, events, ct);
    }
}
