using Assistance.Host.Core.Idempotency;
using System.Security.Claims;
using Assistance.Domain.Cases;
using Assistance.Domain.Outreach;
using Assistance.Domain.Values;
using Assistance.Host.Access;
using Assistance.Host.Core;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Outreach;

public static class VisitEndpoint
{
    /// <summary>
    /// Records a visit to a rostered person, named by ID number or by the <c>personKey</c> of the worklist row (which
    /// pages use, since rows show the number masked). A person of another county (or township) is 404.
    /// </summary>
    [Authorize(Policy = LedgerPolicies.HandleCases)]
    [WolverinePost("/api/outreach/persons/{idNumber}/visits", OperationId = "recordOutreachVisit",
        Summary = "记录走访结果",
        Description = "经办人记录对名单人员的走访：已申请、不符合条件、拒绝、未找到或已覆盖，可附案件编号与备注。仅限该人员所在县的经办人。")]
    public static async Task<IResult> Post(string idNumber, VisitRequest request, IDocumentSession session, CountyRegistry counties, IClock clock,
        TimeProvider time, ClaimsPrincipal user, CancellationToken ct)
    {
        var signedIn = user.Ledger();
        var person = Guid.TryParse(idNumber, out var key)
            ? await session.Query<RosteredPerson>().Where(p => p.Key == key).FirstOrDefaultAsync(ct)
            : await session.LoadAsync<RosteredPerson>(idNumber.Trim().ToUpperInvariant(), ct);
        if (person is null || !signedIn.MaySee(person.CountyCode, person.Township))
            return Problems.NotFound("摸排对象不存在", "名册中没有这个人（或不在您的管辖范围内），请核对身份证号。");

        var fields = new FieldReader(counties);
        var visitedOn = fields.Date("visitedOn", request.VisitedOn);
        if (visitedOn > clock.Today()) fields.Add("visitedOn", "走访日期不能晚于今天");
        var outcome = fields.Enum<VisitOutcome>("outcome", request.Outcome);
        if (request.CaseId is { } caseId)
        {
            var household = await session.LoadAsync<HouseholdCase>(caseId, ct);
            if (household is null || !signedIn.MaySee(household.CountyCode, household.Township))
                fields.Add("caseId", "案件不存在");
            else if (household.Members.All(m => m.IdNumber != person.Id))
                fields.Add("caseId", "该案件的家庭成员中没有被走访人");
        }
        if (request.Notes is { Length: > 2000 }) fields.Add("notes", "备注不能超过 2000 字");
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);

        var visit = new OutreachVisit(Guid.CreateVersion7(), visitedOn, outcome, request.CaseId, request.Notes?.Trim(), Actors.Of(signedIn), time.GetUtcNow());
        person.Visit(visit);
        session.Store(person);
        try
        {
            return await AnswerOnCommit.SaveAsync(IdNumberMasking.Answer(new VisitRecorded(person.Key, visit, person.Visits.Count), reveal: false),
                () => session.SaveChangesAsync(ct));
        }
        catch (Exception e) when (PersonConflict.Is(e))
        {
            return PersonConflict.Answer("提交时该人员的走访记录或名单已被他人更新，本次走访未记录。请刷新后重新提交。");
        }
    }
}
