using Assistance.Domain.Values;
using NodaTime;
using Assistance.Domain.Cases;
using Assistance.Domain.Worklists;
using Assistance.Host.Core;
using Assistance.Host.Worklists.Counts;
using Assistance.Host.Worklists.Duplicates;
using Assistance.Host.Worklists.Refresh;
using Marten;
using NodaTime.Text;
using Wolverine;

namespace Assistance.Host.Worklists.DailyJob;

/// <summary>
/// 每日时间事件: for each day not yet completed, appends the events time caused that day to the case streams
/// (复核到期, 复核逾期, 渐退期满 exit) and to the persons' duplicate streams (重复享受 resolved). Each day is decided from what the streams already hold,
/// so running a day twice changes nothing; the progress document only saves re-reading streams. On the first day of a month,
/// the lists of counties whose new parameters take effect that month are recomputed (<see cref="RefreshWorklists"/>).
/// Then the worklist tallies of days well past are folded (<see cref="WorklistTallyFold"/>), and last the day is anchored for the
/// auditors (<see cref="Audit.Anchors.AnchorDay"/>).
/// </summary>
public static class DailyChecksHandler
{
    public static async Task Handle(RunDailyChecks message, IDocumentStore store, IMessageBus bus, IClock clock, ILogger<RunDailyChecks> logger, CancellationToken ct)
    {
        var through = LocalDate.FromDateOnly(message.Through);
        await using var progressSession = store.LightweightSession();
        var progress = await progressSession.LoadAsync<DailyChecksProgress>(DailyChecksProgress.TheId, ct) ?? new DailyChecksProgress();
        var day = string.IsNullOrEmpty(progress.LastCompletedDay)
            ? through
            : LocalDatePattern.Iso.Parse(progress.LastCompletedDay).Value.PlusDays(1);

        for (; day <= through; day = day.PlusDays(1))
        {
            var recorded = await RunDayAsync(store, day, ct);
            if (day.Day == 1)
                foreach (var county in await PolicyTakingEffect.CountiesAsync(progressSession, day.ToYearMonth(), ct))
                    await bus.PublishAsync(new RefreshWorklists(county));
            progress.LastCompletedDay = LocalDatePattern.Iso.Format(day);
            progressSession.Store(progress);
            await progressSession.SaveChangesAsync(ct);
            logger.LogInformation("Daily checks for {Day}: {Events} events recorded", day, recorded);
        }
        // Not past the clock's today: the counts are read on the clock's day, which must not fall before the fold's.
        await WorklistTallyFold.FoldAsync(store, WorklistTallyFold.DayFor(LocalDate.Min(through, clock.Today())), ct);
        await bus.PublishAsync(new Audit.Anchors.AnchorDay(message.Through));
    }

    /// <remarks>Each county's parameters in force in the month of <paramref name="day"/> apply.</remarks>
    public static async Task<int> RunDayAsync(IDocumentStore store, LocalDate day, CancellationToken ct)
    {
        await using var query = store.QuerySession();
        var enrolled = await query.Query<HouseholdCase>()
            .Where(c => c.Status == CaseStatus.Enrolled || c.Status == CaseStatus.GradualExit)
            .ToListAsync(ct);

        var policies = new Dictionary<string, WorklistPolicy>();
        var recorded = 0;
        foreach (var c in enrolled)
        {
            if (!policies.TryGetValue(c.CountyCode, out var policy))
                policies[c.CountyCode] = policy = await WorklistPolicies.InForceAsync(query, c.CountyCode, day.ToYearMonth(), ct);
            if (MayBeDue(c, day, policy))
                recorded += await RecordAsync(store, c.Id, state => TimeCausedEvents.On(day, state.Case, state.Facts, policy), ct);
        }
        return recorded + await DuplicateChecks.ResolveEndedAsync(store, day, ct);
    }

    /// <summary>A cheap filter before reading the stream: a gradual exit or a 刚性支出 recognition has run out, or a review window is open.</summary>
    private static bool MayBeDue(HouseholdCase c, LocalDate day, WorklistPolicy policy) =>
        (c.Status == CaseStatus.GradualExit && c.GradualExitUntil < day.ToYearMonth()) ||
        (c.Status == CaseStatus.Enrolled && c.RecognisedUntil < day.ToYearMonth()) ||
        (ScheduledReview.DueOn(c, policy) is { } due && day >= ScheduledReview.WindowOpensOn(due, policy));

    public static async Task<int> RecordAsync(IDocumentStore store, Guid caseId, Func<(HouseholdCase Case, CaseFacts Facts), IReadOnlyList<object>> decide, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var stream = await session.Events.FetchForWriting<HouseholdCase>(caseId, ct);
        if (stream.Aggregate is null) return 0;
        var facts = CaseStreamFacts.Of(await session.Events.FetchStreamAsync(caseId, token: ct));
        var events = decide((stream.Aggregate, facts));
        if (events.Count == 0) return 0;
        session.LastModifiedBy = TimeCausedEvents.System;
        stream.AppendMany(events);
        await session.SaveChangesAsync(ct);
        return events.Count;
    }
}
