using System.Security.Claims;
using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Host.Access;
using Assistance.Host.Core;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Cases;

public static class GetCaseEndpoint
{
    /// <summary>
    /// The case now (from the inline snapshot), or as it stood at the end of <paramref name="asOf"/> (replayed from its
    /// events). ID numbers are masked unless <paramref name="showIdNumbers"/> is asked by a caseworker or approver of the county.
    /// With <paramref name="effectiveOn"/>, the case's entitlement for that month (<see cref="Corrections.EntitlementOn"/>).
    /// </summary>
    [Authorize(Policy = LedgerPolicies.ReadCases)]
    [WolverineGet("/api/households/{id}", OperationId = "getCase",
        Summary = "查看案件",
        Description = "案件当前状态：家庭与成员、类别、金额、下次复核日期和待办步骤。asOf 给出某日结束时的案件状态，effectiveOn 给出某月的待遇（按现在所知与当时所知）。完整身份证号仅在 showIdNumbers=true 时向本县经办人和审批人显示，并记录每次查看。")]
    public static async Task<IResult> Get(Guid id, string? asOf, string? effectiveOn, bool? showIdNumbers, IQuerySession session, CountyRegistry counties,
        IClock clock, ClaimsPrincipal user, IDocumentStore store, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        var date = asOf is null ? (LocalDate?)null : fields.Date("asOf", asOf);
        var month = effectiveOn is null ? (YearMonth?)null : fields.Month("effectiveOn", effectiveOn);
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);
        var signedIn = user.Ledger();
        var current = await CaseReader.LoadVisibleAsync(session, id, signedIn, ct);
        if (current is null) return Problems.CaseNotFound(id);
        if (month is { } entitlementMonth) return await Corrections.EntitlementOn.AnswerAsync(session, id, entitlementMonth, date, clock, ct);
        if (await CaseReader.RevealIdNumbersAsync(showIdNumbers, current, signedIn, store, clock, ct) is not { } reveal)
            return CaseReader.FullIdNumbersRefused();

        if (date is null)
        {
            // The stream row's timestamp is the database's; the event's is the ledger clock's, which asOf also follows.
            var last = await session.Events.FetchStreamAsync(id, fromVersion: current.Version, token: ct);
            return IdNumberMasking.Answer(CaseView.Of(current, last[^1], counties), reveal);
        }

        // Events recorded up to the last instant of that day in China Standard Time; nothing is recorded after today,
        // and the end of a far-off day (9999-12-31) is beyond what the clock can represent.
        var cutOff = OfficeTime.EndOf(LocalDate.Min(date.Value, clock.Today())).ToDateTimeOffset().AddTicks(-1);
        var events = await session.Events.FetchStreamAsync(id, timestamp: cutOff, token: ct);
        if (events.Count == 0) return Problems.NotFound("该日案件尚未建立", $"案件 {id} 在 {asOf} 结束时尚未登记任何事项。");
        var then = await session.Events.AggregateStreamAsync<HouseholdCase>(id, timestamp: cutOff, token: ct);
        return IdNumberMasking.Answer(CaseView.Of(then!, events[^1], counties), reveal);
    }
}
