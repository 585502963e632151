using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Host.Core;
using Assistance.Host.Policy;
using Marten;
using DomainProgram = Assistance.Domain.Values.Program;

namespace Assistance.Benchmarks.Ratios;

/// <summary>
/// The same decisions as <see cref="HttpLifecycle"/> straight through Marten sessions: the domain's deciders with the policy
/// in force, <c>FetchForWriting</c> and one commit per command, without HTTP, JSON or Wolverine in between.
/// </summary>
public sealed class SessionLifecycle(IDocumentStore store)
{
    private const string Actor = "基准经办";
    /// <summary>联审联批: the one who assessed a case may not decide it.</summary>
    private const string Approver = "基准审批";

    private static NodaTime.LocalDate Today => NodaTime.SystemClock.Instance.Today();

    public async Task RunAsync(LifecycleHousehold h, IReadOnlyDictionary<string, Latencies> timings)
    {
        await timings["apply"].TimeAsync(async () =>
        {
            await using var session = store.LightweightSession();
            var decision = ApplicationDecision.Decide(new ApplyForAssistance(h.Id, h.CountyCode, "丰州镇", "东关村", Residence.Rural, DomainProgram.Dibao,
                Channel.Online, h.AppliedOn, h.Members, null, Actor));
            session.LastModifiedBy = Actor;
            session.Events.StartStream<HouseholdCase>(h.Id, Accepted(decision).ToArray());
            await session.SaveChangesAsync();
            return 0;
        });
        await DecideAsync(timings["commit"], h.Id, (_, state) =>
            Task.FromResult(CommitDecision.Decide(state, new SignDualCommitment(true, true, h.SignedOn, Actor, null))));
        await DecideAsync(timings["assess"], h.Id, async (session, state) =>
            AssessDecision.Decide(state, new AssessEconomicStatus(h.AssessedOn, LifecycleHousehold.MonthlyIncome, new Assets(), 0, Actor, null),
                await Policies.OfCountyAsync(session, state.CountyCode, default), Today));
        await DecideAsync(timings["approve"], h.Id, async (session, state) =>
            ApprovalDecision.Decide(state, new ApproveEnrolment(null, null, h.EnrolFrom, null, null, Approver),
                await Policies.OfCountyAsync(session, state.CountyCode, default), Today));
        await DecideAsync(timings["exit"], h.Id, (_, state) =>
            Task.FromResult(ExitDecision.Decide(state, new ExitCase(ExitReason.Voluntary, h.ExitFrom, Approver, null))));
    }

    private Task DecideAsync(Latencies latencies, Guid id, Func<IDocumentSession, HouseholdCase, Task<Decision>> decide) =>
        latencies.TimeAsync(async () =>
        {
            await using var session = store.LightweightSession();
            var stream = await session.Events.FetchForWriting<HouseholdCase>(id);
            var decision = await decide(session, stream.Aggregate ?? throw new InvalidOperationException($"case {id} not found"));
            session.LastModifiedBy = Actor;
            stream.AppendMany(Accepted(decision));
            await session.SaveChangesAsync();
            return 0;
        });

    private static IReadOnlyList<object> Accepted(Decision decision) =>
        decision.Refusal is { } refusal ? throw new InvalidOperationException($"{refusal.Title}: {refusal.Detail}") : decision.Events;
}
