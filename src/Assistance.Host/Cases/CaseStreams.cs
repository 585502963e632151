using Assistance.Domain.Cases;
using Assistance.Host.Access;
using Assistance.Host.Core;
using JasperFx.Events;
using Assistance.Host.Worklists.Duplicates;
using Marten;
using Wolverine;

namespace Assistance.Host.Cases;

/// <summary>
/// The write path every case command shares: fetch the case for writing (optimistically, at the caller's expected
/// version when given), check that the signed-in user may see it (another county's or township's case is 404, as if it did
/// not exist), run the pure decision, append its events as that user. A stale or racing version surfaces as
/// a concurrency exception that <see cref="ConcurrencyProblemHandler"/> answers with 409.
/// </summary>
/// <remarks>
/// Wolverine's [WriteAggregate] reads the expected version from a non-nullable member; the contract makes
/// <c>expectedVersion</c> optional, so the endpoints call <c>FetchForWriting</c> here instead.
/// </remarks>
public static class CaseStreams
{
    public static Task<IResult> DecideAsync(
        IDocumentSession session, Guid id, long? expectedVersion, LedgerUser user,
        Func<HouseholdCase, Decision> decide, CancellationToken ct) =>
        DecideAsync(session, id, expectedVersion, user, state => Task.FromResult((decide(state), (object?)null)), ct);

    /// <summary>The same, for decisions that first consult the policy in force; <c>result</c> is answered beside the version.</summary>
    public static async Task<IResult> DecideAsync(
        IDocumentSession session, Guid id, long? expectedVersion, LedgerUser user,
        Func<HouseholdCase, Task<(Decision Decision, object? Result)>> decide, CancellationToken ct, IMessageBus? outbox = null)
    {
        var stream = expectedVersion is { } version
            ? await session.Events.FetchForWriting<HouseholdCase>(id, version, ct)
            : await session.Events.FetchForWriting<HouseholdCase>(id, ct);
        if (stream.Aggregate is not { } state || !user.MaySee(state.CountyCode, state.Township)) return Problems.CaseNotFound(id);

        var (decision, result) = await decide(state);
        if (decision.Refusal is { } refusal) return Problems.Conflict(refusal);

        session.ActAs(user);
        stream.AppendMany(decision.Events);
        // Work that must follow the commit is published before it, into the outbox that commits with the events.
        if (outbox is not null && decision.Events.Any(e => e is EnrolmentApproved))
            await outbox.PublishAsync(new CheckDuplicateAssistance(id));
        await session.SaveChangesAsync(ct);
        return Results.Ok(new CommandAccepted(id, (stream.StartingVersion ?? 0) + decision.Events.Count, result));
    }
}
