using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Host.Core;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Cases;

public static class GetCaseEndpoint
{
    /// <summary>
    /// The case now (from the inline snapshot), or as it stood at the end of <paramref name="asOf"/> (replayed from its events);
    /// with <paramref name="effectiveOn"/>, its entitlement for that month (<see cref="Corrections.EntitlementOn"/>).
    /// </summary>
    [WolverineGet("/api/households/{id}", OperationId = "getCase")]
    public static async Task<IResult> Get(Guid id, string? asOf, string? effectiveOn, IQuerySession session, CountyRegistry counties, IClock clock, CancellationToken ct)
    {
        if (effectiveOn is not null)
        {
            var read = new FieldReader(counties);
            var month = read.Month("effectiveOn", effectiveOn);
            var day = read.OptionalDate("asOf", asOf);
            if (read.HasErrors) return Problems.Invalid(read.Errors);
            return await Corrections.EntitlementOn.AnswerAsync(session, id, month, day, clock, ct);
        }

        if (asOf is null)
        {
            var current = await session.LoadAsync<HouseholdCase>(id, ct);
            if (current is null) return Problems.CaseNotFound(id);
            // The stream row's timestamp is the database's; the event's is the ledger clock's, which asOf also follows.
            var last = await session.Events.FetchStreamAsync(id, fromVersion: current.Version, token: ct);
            return Results.Ok(CaseView.Of(current, last[^1].Timestamp, counties));
        }

        var fields = new FieldReader(counties);
        var date = fields.Date("asOf", asOf);
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);

        // Events recorded up to the last instant of that day in China Standard Time; nothing is recorded after today,
        // and the end of a far-off day (9999-12-31) is beyond what the clock can represent.
        var cutOff = OfficeTime.EndOf(LocalDate.Min(date, clock.Today())).ToDateTimeOffset().AddTicks(-1);
        var events = await session.Events.FetchStreamAsync(id, timestamp: cutOff, token: ct);
        if (events.Count == 0)
        {
            return await session.Events.FetchStreamStateAsync(id, ct) is null
                ? Problems.CaseNotFound(id)
                : Problems.NotFound("该日案件尚未建立", $"案件 {id} 在 {asOf} 结束时尚未登记任何事项。");
        }
        var then = await session.Events.AggregateStreamAsync<HouseholdCase>(id, timestamp: cutOff, token: ct);
        return Results.Ok(CaseView.Of(then!, events[^1].Timestamp, counties));
    }
}
