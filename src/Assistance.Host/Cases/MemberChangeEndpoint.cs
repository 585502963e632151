using Microsoft.AspNetCore.Authorization;
using Assistance.Host.Access;
using System.Security.Claims;
using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Host.Core;
using Marten;
using NodaTime;
using Wolverine;
using Wolverine.Http;

namespace Assistance.Host.Cases;

public static class MemberChangeEndpoint
{
    [Authorize(Policy = LedgerPolicies.HandleCases)]
    [WolverinePost("/api/households/{id}/member-changes", OperationId = "changeHouseholdMembers",
        Summary = "家庭成员变更",
        Description = "经办人记录成员的增加（出生、婚入等）或减少（死亡、迁出等）及生效日期；在保案件的金额自次月起重新计算。")]
    public static async Task<IResult> Post(Guid id, MemberChangeRequest request, IDocumentSession session, IMessageBus outbox, CountyRegistry counties, IClock clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var signedIn = user.Ledger();
        var fields = new FieldReader(counties);
        var today = clock.Today();
        var occurredOn = fields.Date("occurredOn", request.OccurredOn);
        if (occurredOn > today) fields.Add("occurredOn", "发生日期不能晚于今天");
        var m = request.Member;
        if (m is null) fields.Add("member", "不能为空");
        var member = new Member(
            fields.Text("member.name", m?.Name), fields.IdNumber("member.idNumber", m?.IdNumber),
            fields.Enum<Relation>("member.relation", m?.Relation),
            fields.Enum<Disability>("member.disability", m?.Disability, Disability.None),
            fields.Enum<LaborCapacity>("member.laborCapacity", m?.LaborCapacity, LaborCapacity.Full),
            m?.SeriousIllness ?? false);
        var command = new ChangeHouseholdMembers(
            fields.Enum<MemberChangeKind>("kind", request.Kind), member, occurredOn,
            string.IsNullOrWhiteSpace(request.EffectiveMonth) ? null : fields.Month("effectiveMonth", request.EffectiveMonth),
            Actors.Of(signedIn),
            request.NewMonthlyAmount is null ? null : fields.Money("newMonthlyAmount", request.NewMonthlyAmount));
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);
        return await CaseStreams.DecideAsync(session, id, request.ExpectedVersion, signedIn,
            (state, policy) => ChangeMembersDecision.Decide(state, command, policy, today), ct, outbox);
    }
}
