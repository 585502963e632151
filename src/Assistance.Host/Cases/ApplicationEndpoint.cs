using System.Security.Claims;
using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Host.Access;
using Assistance.Host.Core;
using Assistance.Host.Core.Idempotency;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;
using DomainProgram = Assistance.Domain.Values.Program;

namespace Assistance.Host.Cases;

public sealed record MemberRequest(
    string? Name, string? IdNumber, string? Relation, string? Disability, string? LaborCapacity, bool? SeriousIllness);

/// <summary>The application body of the contract (申请).</summary>
public sealed record ApplicationRequest(
    Guid? Id, string? CountyCode, string? Township, string? Village, string? Residence, string? Program, string? Channel,
    string? AppliedOn, List<MemberRequest>? Members, string? SinglePersonIdNumber, string? ReceivedBy, long? ExpectedVersion)
{
    public ApplyForAssistance Read(FieldReader fields, LocalDate today, string actor)
    {
        var appliedOn = fields.Date("appliedOn", AppliedOn);
        if (appliedOn > today) fields.Add("appliedOn", "申请日期不能晚于今天");
        if (Id == Guid.Empty) fields.Add("id", "案件编号不能为全零，请换一个编号或不填由系统生成");
        var members = ReadMembers(fields);
        var single = fields.OptionalIdNumber("singlePersonIdNumber", SinglePersonIdNumber);
        if (single is not null && members.All(m => m.IdNumber != single))
            fields.Add("singlePersonIdNumber", "单独申请的成员须是本户成员");
        return new ApplyForAssistance(
            Id ?? Guid.CreateVersion7(),
            fields.County("countyCode", CountyCode),
            Township, Village,
            fields.Enum<Residence>("residence", Residence),
            fields.Enum<DomainProgram>("program", Program, allowed: [DomainProgram.Dibao, DomainProgram.Tekun, DomainProgram.Temporary]),
            fields.Enum<Channel>("channel", Channel, Assistance.Domain.Values.Channel.Window),
            appliedOn, members, single, actor);
    }

    private List<Member> ReadMembers(FieldReader fields)
    {
        if (Members is not { Count: > 0 }) { fields.Add("members", "至少需要一名家庭成员"); return []; }
        var members = Members.Select((m, i) => m is null ? Missing(fields, i) : new Member(
            fields.Text($"members[{i}].name", m.Name),
            fields.IdNumber($"members[{i}].idNumber", m.IdNumber),
            fields.Enum<Relation>($"members[{i}].relation", m.Relation),
            fields.Enum<Disability>($"members[{i}].disability", m.Disability, Disability.None),
            fields.Enum<LaborCapacity>($"members[{i}].laborCapacity", m.LaborCapacity, Assistance.Domain.Values.LaborCapacity.Full),
            m.SeriousIllness ?? false)).OfType<Member>().ToList();
        var applicants = Members.Count(m => m?.Relation == nameof(Relation.Self));
        if (applicants != 1) fields.Add("members", $"须有且只有一名关系为 Self（本人）的申请人，现有 {applicants} 名");
        foreach (var duplicate in members.GroupBy(m => m.IdNumber).Where(g => g.Key != "" && g.Count() > 1))
            fields.Add("members", $"身份证号 {IdNumber.Mask(duplicate.Key)} 重复出现");
        return members;
    }

    private static Member? Missing(FieldReader fields, int index)
    {
        fields.Add($"members[{index}]", "不能为空");
        return null;
    }
}

public static class ApplicationEndpoint
{
    [Authorize(Policy = LedgerPolicies.HandleCases)]
    [WolverinePost("/api/households", OperationId = "applyForAssistance")]
    public static async Task<IResult> Post(
        ApplicationRequest request, IDocumentSession session, CountyRegistry counties, IClock clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        var signedIn = user.Ledger();
        var command = request.Read(fields, clock.Today(), Actors.Of(signedIn));
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);
        if (!signedIn.MaySee(command.CountyCode, command.Township)) return AccessProblems.CountyOutOfScope(command.CountyCode);

        var decision = ApplicationDecision.Decide(command);
        if (decision.Refusal is { } refusal) return Problems.Conflict(refusal);

        session.ActAs(signedIn);
        session.Events.StartStream<HouseholdCase>(command.CaseId, decision.Events.ToArray());
        return await AnswerOnCommit.SaveAsync(
            Results.Created($"/api/households/{command.CaseId}", new CommandAccepted(command.CaseId, decision.Events.Count)),
            () => session.SaveChangesAsync(ct));
    }
}
