using Assistance.Domain.Cases;
using Assistance.Domain.Duplicates;
using Assistance.Host.Core;
using Assistance.Host.Core.Idempotency;
using Assistance.Domain.Policy;
using Assistance.Host.Access;
using Assistance.Host.Policy;
using JasperFx.Events;
using Assistance.Host.Worklists.Duplicates;
using Marten;
using Wolverine;

namespace Assistance.Host.Cases;

/// <summary>
/// The write path every case command shares: fetch the case for writing (optimistically, at the caller's expected
/// version when given), check that the signed-in user may see it (another county's or township's case is 404, as if it did
/// not exist), run the pure decision, append its events as that user, answer the new version with what the rules found.
/// A stale or racing version surfaces as a concurrency exception that <see cref="ConcurrencyProblemHandler"/> answers with 409.
/// </summary>
/// <remarks>
/// Wolverine's [WriteAggregate] reads the expected version from a non-nullable member; the contract makes
/// <c>expectedVersion</c> optional, so the endpoints call <c>FetchForWriting</c> here instead.
/// </remarks>
public static class CaseStreams
{
    public static async Task<IResult> DecideAsync(
        IDocumentSession session, Guid id, long? expectedVersion, LedgerUser user, Func<HouseholdCase, Decision> decide, CancellationToken ct)
    {
        var stream = await FetchAsync(session, id, expectedVersion, ct);
        if (stream.Aggregate is not { } state || !user.MaySee(state.CountyCode, state.Township)) return Problems.CaseNotFound(id);
        return await AppendAsync(session, stream, decide(state), user, ct);
    }

    /// <summary>The same for a decision that takes the county's rules: the case's county policy is read once, beside the case.</summary>
    /// <remarks>An <paramref name="outbox"/> given receives the work that must follow the commit of an enrolment or of a member joining an enrolled case.</remarks>
    public static async Task<IResult> DecideAsync(
        IDocumentSession session, Guid id, long? expectedVersion, LedgerUser user, Func<HouseholdCase, CountyPolicy, Decision> decide, CancellationToken ct,
        IMessageBus? outbox = null)
    {
        var stream = await FetchAsync(session, id, expectedVersion, ct);
        if (stream.Aggregate is not { } state || !user.MaySee(state.CountyCode, state.Township)) return Problems.CaseNotFound(id);
        var policy = await Policies.OfCountyAsync(session, state.CountyCode, ct);
        return await AppendAsync(session, stream, decide(state, policy), user, ct, outbox);
    }

    /// <summary>The same for a decision that also needs what other streams hold about the case (<paramref name="load"/>).</summary>
    public static async Task<IResult> DecideAsync<TContext>(
        IDocumentSession session, Guid id, long? expectedVersion, LedgerUser user, Func<HouseholdCase, Task<TContext>> load,
        Func<HouseholdCase, CountyPolicy, TContext, Decision> decide, CancellationToken ct)
    {
        var stream = await FetchAsync(session, id, expectedVersion, ct);
        if (stream.Aggregate is not { } state || !user.MaySee(state.CountyCode, state.Township)) return Problems.CaseNotFound(id);
        var policy = await Policies.OfCountyAsync(session, state.CountyCode, ct);
        var context = await load(state);
        return await AppendAsync(session, stream, decide(state, policy, context), user, ct);
    }

    private static Task<IEventStream<HouseholdCase>> FetchAsync(IDocumentSession session, Guid id, long? expectedVersion, CancellationToken ct) =>
        expectedVersion is { } version
            ? session.Events.FetchForWriting<HouseholdCase>(id, version, ct)
            : session.Events.FetchForWriting<HouseholdCase>(id, ct);

    private static async Task<IResult> AppendAsync(IDocumentSession session, IEventStream<HouseholdCase> stream, Decision decision, LedgerUser user,
        CancellationToken ct, IMessageBus? outbox = null)
    {
        if (decision.Refusal is { } refusal) return Problems.Conflict(refusal);
        session.ActAs(user);
        stream.AppendMany(decision.Events);
        // Work that must follow the commit is published before it, into the outbox that commits with the events; it writes
        // only outside the case's stream, so the caseworker's next command on the case never races it.
        if (outbox is not null && decision.Events.Any(EnrolledSpans.MayBegin))
            await outbox.PublishAsync(new CheckDuplicateAssistance(stream.Id));
        return await AnswerOnCommit.SaveAsync(
            Results.Ok(new CommandAccepted(stream.Id, (stream.StartingVersion ?? 0) + decision.Events.Count, decision.Finding)),
            () => session.SaveChangesAsync(ct));
    }
}
