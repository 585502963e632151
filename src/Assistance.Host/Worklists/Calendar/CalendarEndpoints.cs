using Assistance.Host.Core.Idempotency;
using Microsoft.AspNetCore.Authorization;
using Assistance.Host.Access;
using System.Security.Claims;
using Assistance.Domain.Calendar;
using Assistance.Host.Core;
using Assistance.Host.Worklists.Refresh;
using Marten;
using Wolverine;
using Wolverine.Http;

namespace Assistance.Host.Worklists.Calendar;

public static class CalendarEndpoints
{
    /// <summary>The holiday schedules in force (法定节假日 and 调休), by year, as stored now.</summary>
    [Authorize(Policy = LedgerPolicies.AnyRole)]
    [WolverineGet("/api/calendar", OperationId = "listHolidaySchedules",
        Summary = "查看节假日安排",
        Description = "当前保存的各年度法定节假日与调休安排，工作日期限按此计算。")]
    public static async Task<IReadOnlyList<HolidayScheduleDocument>> Get(IQuerySession session, OfficeCalendar calendar, CancellationToken ct) =>
        (await calendar.ReadAsync(session, ct)).Schedules.Select(HolidayScheduleDocument.From).ToList();

    /// <summary>Adds or replaces one year's schedule (e.g. 2027 once the State Council publishes it); every worklist deadline is recounted.</summary>
    [Authorize(Policy = LedgerPolicies.Administer)]
    [WolverinePut("/api/calendar/{year}", OperationId = "putHolidaySchedule",
        Summary = "设置年度节假日安排",
        Description = "系统管理员新增或替换某年的节假日与调休安排（如国务院公布次年安排后）；各节点在一秒内改用新安排，全部工作清单的期限重新计算。")]
    public static async Task<IResult> Put(int year, HolidayScheduleRequest request, IDocumentSession session, OfficeCalendar calendar, IMessageBus bus, CancellationToken ct)
    {
        var document = new HolidayScheduleDocument(year, request.Holidays ?? [], request.MakeUpWorkingDays ?? []);
        if (year is < 2000 or > 2100)
            return Problems.Invalid(new Dictionary<string, string[]> { ["year"] = ["年份应在 2000 到 2100 之间"] });
        if (!document.TryToSchedule(out var schedule, out var problem))
            return Problems.Invalid(new Dictionary<string, string[]> { ["holidays"] = [problem] });

        session.Store(document);
        // Through the outbox: the refresh is stored with the schedule and sent only once it is committed.
        await bus.PublishAsync(new RefreshWorklists(null));
        var answer = await AnswerOnCommit.SaveAsync(Results.Ok(HolidayScheduleDocument.From(schedule)), () => session.SaveChangesAsync(ct));
        await calendar.ReadAsync(session, ct);
        return answer;
    }
}
