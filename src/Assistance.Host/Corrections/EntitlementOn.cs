using Assistance.Domain.Cases;
using Assistance.Domain.Entitlements;
using Assistance.Host.Core;
using JasperFx.Events;
using Marten;
using NodaTime;
using DomainProgram = Assistance.Domain.Values.Program;

namespace Assistance.Host.Corrections;

/// <summary>
/// The answer of <c>GET /api/households/{id}?effectiveOn=YYYY-MM</c>: the case's entitlement for that month by everything
/// known now (or known at the end of <c>asOf</c>), beside what was known at the end of that month, with the corrections behind any difference.
/// </summary>
public sealed record EntitlementOn(
    Guid Id, YearMonth Month, LocalDate? AsOf, bool Entitled, DomainProgram? Program, int Persons, decimal MonthlyAmount, bool GradualExit,
    int? PolicyVersion, decimal KnownThenAmount, bool DiffersFromKnownThen, IReadOnlyList<CorrectionNote> Corrections)
{
    public static async Task<IResult> AnswerAsync(IQuerySession session, Guid id, YearMonth month, LocalDate? asOf, IClock clock, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        if (events.Count == 0) return Problems.CaseNotFound(id);
        var known = asOf is { } day ? events.Where(e => e.Timestamp <= EndOf(LocalDate.Min(day, clock.Today()))).ToList() : events.ToList();
        var then = events.Where(e => e.Timestamp <= EndOf(LocalDate.Min(month.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1), clock.Today()))).ToList();

        var now = Fold(known);
        if (now is null) return Problems.NotFound("该日案件尚未建立", $"案件 {id} 在 {asOf} 结束时尚未登记任何事项。");
        var segment = EntitlementTimeline.At(now.Segments, month);
        var thenAmount = Fold(then) is { } t ? EntitlementTimeline.At(t.Segments, month)?.MonthlyAmount ?? 0 : 0;
        var amount = segment?.MonthlyAmount ?? 0;
        return Results.Ok(new EntitlementOn(id, month, asOf, segment is not null, segment?.Program, segment?.Persons ?? 0, amount,
            segment?.GradualExit ?? false, segment?.PolicyVersion, thenAmount, thenAmount != amount,
            now.Corrections.Where(c => c.Covers(month)).ToList()));
    }

    private static HouseholdCase? Fold(IEnumerable<IEvent> events) => events.Aggregate((HouseholdCase?)null, (state, e) => CaseEventFold.Apply(state, e.Data));

    private static DateTimeOffset EndOf(LocalDate day) => OfficeTime.EndOf(day).ToDateTimeOffset().AddTicks(-1);
}
