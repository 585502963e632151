using Assistance.Domain.Cases;
using Assistance.Host.Core;
using Assistance.Host.Policy;
using Marten;
using JasperFx.Events;
using Assistance.Domain.Policy;

namespace Assistance.Host.Cases;

/// <summary>
/// The write path every case command shares: fetch the case for writing (optimistically, at the caller's expected
/// version when given), run the pure decision, append its events, answer the new version with what the rules found.
/// A stale or racing version surfaces as a concurrency exception that <see cref="ConcurrencyProblemHandler"/> answers with 409.
/// </summary>
/// <remarks>
/// Wolverine's [WriteAggregate] reads the expected version from a non-nullable member; the contract makes
/// <c>expectedVersion</c> optional, so the endpoints call <c>FetchForWriting</c> here instead.
/// </remarks>
public static class CaseStreams
{
    public static async Task<IResult> DecideAsync(
        IDocumentSession session, Guid id, long? expectedVersion, string actor, Func<HouseholdCase, Decision> decide, CancellationToken ct)
    {
        var stream = await FetchAsync(session, id, expectedVersion, ct);
        if (stream.Aggregate is null) return Problems.CaseNotFound(id);
        return await AppendAsync(session, stream, decide(stream.Aggregate), actor, ct);
    }

    /// <summary>The same for a decision that takes the county's rules: the case's county policy is read once, beside the case.</summary>
    public static async Task<IResult> DecideAsync(
        IDocumentSession session, Guid id, long? expectedVersion, string actor, Func<HouseholdCase, CountyPolicy, Decision> decide, CancellationToken ct)
    {
        var stream = await FetchAsync(session, id, expectedVersion, ct);
        if (stream.Aggregate is null) return Problems.CaseNotFound(id);
        var policy = await Policies.OfCountyAsync(session, stream.Aggregate.CountyCode, ct);
        return await AppendAsync(session, stream, decide(stream.Aggregate, policy), actor, ct);
    }

    /// <summary>The same for a decision that also needs what other streams hold about the case (<paramref name="load"/>).</summary>
    public static async Task<IResult> DecideAsync<TContext>(
        IDocumentSession session, Guid id, long? expectedVersion, string actor, Func<HouseholdCase, Task<TContext>> load,
        Func<HouseholdCase, CountyPolicy, TContext, Decision> decide, CancellationToken ct)
    {
        var stream = await FetchAsync(session, id, expectedVersion, ct);
        if (stream.Aggregate is null) return Problems.CaseNotFound(id);
        var policy = await Policies.OfCountyAsync(session, stream.Aggregate.CountyCode, ct);
        var context = await load(stream.Aggregate);
        return await AppendAsync(session, stream, decide(stream.Aggregate, policy, context), actor, ct);
    }

    private static Task<IEventStream<HouseholdCase>> FetchAsync(IDocumentSession session, Guid id, long? expectedVersion, CancellationToken ct) =>
        expectedVersion is { } version
            ? session.Events.FetchForWriting<HouseholdCase>(id, version, ct)
            : session.Events.FetchForWriting<HouseholdCase>(id, ct);

    private static async Task<IResult> AppendAsync(IDocumentSession session, IEventStream<HouseholdCase> stream, Decision decision, string actor, CancellationToken ct)
    {
        if (decision.Refusal is { } refusal) return Problems.Conflict(refusal);
        session.LastModifiedBy = actor;
        stream.AppendMany(decision.Events);
        await session.SaveChangesAsync(ct);
        return Results.Ok(new CommandAccepted(stream.Id, (stream.StartingVersion ?? 0) + decision.Events.Count, decision.Finding));
    }
}
