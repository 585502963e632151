namespace Assistance.Domain.Cases;

public static class ApplicationDecision
{
    public static Decision Decide(ApplyForAssistance command)
    {
        var applicants = command.Members.Count(m => m.Relation == Relation.Self);
        if (applicants != 1)
            return Decision.Refuse("申请人必须且只能有一名", $"家庭成员中关系为「本人」的成员有 {applicants} 名，应为 1 名。");
        if (command.SinglePersonIdNumber is { } single && command.Members.All(m => m.IdNumber != single))
            return Decision.Refuse("单人保成员不在家庭成员中", $"单独申请的身份证号 {IdNumber.Mask(single)} 不是本户成员。");
        return Decision.Accept(new ApplicationReceived(
            command.CaseId, command.CountyCode, command.Township, command.Village, command.Residence, command.Program,
            command.Channel, command.AppliedOn, command.Members, command.SinglePersonIdNumber, command.ReceivedBy,
            command.PreviousCaseId));
    }
}
